"""The 93rd fresh labelled set (e-commerce, retail, fintech, banks and payments), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh93".
Positives: titles sharing few words with the rest of their story ("Pourquoi vous n'avez pas pu payer
par carte ce samedi matin", "Acheter d'occasion va coûter un peu plus cher"); firms named only by
periphrasis in one title ("le champion bordelais du e-commerce", "le géant de Seattle", "la néobanque
des PME", "la néobanque britannique", "la plateforme lituanienne", "le géant chinois de l'ultra fast
fashion"); quotes as titles; an English word title ("Layoffs chez ManoMano"); syndication ("selon
L'Informé", "selon Les Echos"); explainers ("ce qui change pour les clients de Qonto", the detail of a
PSE the next day); post-mortems a day or two later (the card network outage, the PayPal outage, the
Vinted outage); a firm's reaction the day after a fine (Temu); a ransomware claim the day after the
attack (Picard); a hacker group's claim the day after a data leak (Leboncoin).
Hard negatives: Cdiscount layoffs, then a strike against them nine days later, then a DGCCRF fine on
Cdiscount's fake discounts, the sale of its Octopia marketplace unit and a change of CEO; DGCCRF fine
on Shein then Shein's court challenge seven weeks later, the fast-fashion malus entering into force
and the BHV ending its Shein corner; But fined for fake discounts two days after Cdiscount; Temu's DSA
fine, AliExpress's DSA commitments two days later, then a DGCCRF toy test on Temu and AliExpress, then
the EU small-parcel duty; Leboncoin data leak then a CNIL cookie fine on Leboncoin ten weeks later; two
Vinted outages thirteen days apart and a Vinted fee rise; Amazon Prime price rise, Prime Big Deal Days
dates then the sales themselves, a warehouse strike during them, a new warehouse, Haul's French launch
and a Conseil d'État ruling on an old CNIL fine; Fnac Darty quarterly sales then Fnac Darty store
closures a week later; Carrefour loyalty data leak, Auchan leak six days later, Carrefour quarterly
sales; Worldline terminal outage then Worldline quarterly revenue; BNP Paribas then Société Générale
app outages two days apart; two BoursoBank outages two weeks apart; Wero's e-commerce launch then a
double-debit bug three days later; Qonto's banking licence then a Qonto outage; Revolut outage, Revolut
Paris headquarters, then an ACPR fine on Revolut; Lydia layoffs then a Lydia outage; Pennylane and
Swan funding rounds the same morning; ManoMano and Veepee layoffs the same week; Picard and Intersport
ransomware attacks four days apart; weekly JDN e-commerce roundups and weekly Clubic deals posts (never
to join across weeks).
`build` fixes the year 2026; times are UTC, August to October 2026.

Measured once on 7de46d2, the code that lands at stop 30: precision 1.000, recall 0.865
(1.000 / 0.857 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- DGCCRF fines Shein 40 M EUR for fake discounts and greenwashing
    ("shein-dgccrf-fine", "fresh93", [
        ("lesechos.fr", "08-04 06:30", "Shein écope d'une amende de 40 millions d'euros pour pratiques commerciales trompeuses",
         "La DGCCRF sanctionne le géant chinois de la mode éphémère pour des prix de référence gonflés et des allégations environnementales qu'il n'a pas pu justifier."),
        ("bfmtv.com", "08-04 09:45", "Amende record pour Shein en France",
         "La répression des fraudes inflige 40 millions d'euros à la plateforme, un montant jamais atteint pour des pratiques commerciales trompeuses."),
        ("numerama.com", "08-04 11:20", "Fausses promos et greenwashing : l'ultra fast fashion rattrapée par la répression des fraudes",
         "Entre réductions fictives et promesses écologiques invérifiables, la DGCCRF a infligé une amende de 40 M€ à Shein après deux ans d'enquête."),
        ("lefigaro.fr", "08-04 13:05", "« Des réductions qui n'en étaient pas » : Shein lourdement sanctionné",
         "Selon la DGCCRF, 57 % des prix barrés relevés sur le site de Shein pendant son enquête étaient calculés sur des prix jamais pratiqués ; l'enseigne devra payer 40 millions d'euros."),
    ]),
    # ---------------------------------------------- BoursoBank outage, 7 August
    ("boursobank-outage-aug07", "fresh93", [
        ("clubic.com", "08-07 07:15", "BoursoBank en panne : impossible de se connecter à son compte",
         "Depuis l'ouverture ce vendredi, les clients de BoursoBank ne parviennent plus à accéder à l'application ni au site de la banque en ligne."),
        ("numerama.com", "08-07 10:30", "La banque en ligne de Société Générale inaccessible toute la matinée",
         "BoursoBank évoque un incident technique chez un prestataire ; les paiements par carte de ses 7 millions de clients n'ont pas été affectés."),
    ]),
    # ---------------------------------------------- Leboncoin data leak (3.9 M accounts), claim the next day
    ("leboncoin-data-leak", "fresh93", [
        ("zdnet.fr", "08-11 08:30", "Leboncoin confirme une fuite de données touchant des millions d'utilisateurs",
         "Noms, adresses e-mail et numéros de téléphone de près de 4 millions de comptes ont été dérobés via un outil du service client, a reconnu le site de petites annonces."),
        ("numerama.com", "08-11 10:10", "Fuite de données chez Leboncoin : comment savoir si vous êtes concerné ?",
         "Le site a commencé à prévenir par e-mail les 3,9 millions d'utilisateurs dont les coordonnées ont été exposées ; aucune donnée bancaire ne serait touchée."),
        ("01net.com", "08-11 12:45", "Piratage du site de petites annonces préféré des Français : 3,9 millions de comptes exposés",
         "Leboncoin a détecté un accès illégitime à ses données clients ; la CNIL a été notifiée et une plainte déposée."),
        ("lemagit.fr", "08-11 15:20", "Leboncoin : l'attaquant est passé par le compte d'un prestataire",
         "Les identifiants d'un employé d'un sous-traitant du support ont permis d'extraire des fiches de 3,9 millions d'utilisateurs de Leboncoin, selon nos informations."),
        ("clubic.com", "08-12 09:00", "Fuite chez Leboncoin : un groupe de pirates revendique l'attaque et réclame une rançon",
         "Le collectif ShinyHunters affirme détenir les données de 3,9 millions d'utilisateurs de Leboncoin et menace de les publier si la plateforme ne paie pas."),
    ]),
    # ---------------------------------------------- Lydia / Sumeria layoffs
    ("lydia-layoffs", "fresh93", [
        ("linforme.com", "08-13 05:30", "Lydia : la maison mère de Sumeria va se séparer d'une centaine de salariés",
         "Selon nos informations, le groupe fondé par Cyril Chiche prépare une rupture conventionnelle collective visant environ 100 postes sur 550."),
        ("journaldunet.com", "08-13 11:40", "Sumeria : une centaine de départs chez Lydia, selon L'Informé",
         "La fintech parisienne, qui a misé sur sa néobanque Sumeria, réduit ses effectifs de près de 20 % faute d'atteindre la rentabilité prévue."),
    ]),
    # ---------------------------------------------- Temu fined 200 M EUR under the DSA, Temu reacts the next day
    ("temu-dsa-fine", "fresh93", [
        ("lesechos.fr", "08-18 11:30", "DSA : Bruxelles inflige 200 millions d'euros d'amende à Temu",
         "La Commission européenne sanctionne la place de marché du groupe PDD pour n'avoir ni évalué ni limité les risques liés aux produits illégaux vendus sur sa plateforme."),
        ("next.ink", "08-18 13:05", "Produits illicites : première amende au titre du DSA pour Temu",
         "Après plus d'un an d'enquête, la Commission estime que Temu a failli à ses obligations de très grande plateforme en ligne et lui inflige 200 millions d'euros."),
        ("numerama.com", "08-18 14:40", "Jouets dangereux, produits interdits : l'Europe fait payer Temu",
         "Les enquêteurs de la Commission ont relevé des milliers d'annonces de produits non conformes ; l'amende atteint 200 millions d'euros."),
        ("zdnet.fr", "08-18 17:00", "La Commission européenne sanctionne Temu au titre du Digital Services Act",
         "Temu a trois mois pour présenter un plan de mise en conformité, faute de quoi des astreintes journalières pourront s'ajouter à l'amende de 200 M€."),
        ("latribune.fr", "08-19 07:30", "Amende européenne : Temu dénonce une décision « injuste » et promet de se défendre",
         "Au lendemain de la sanction de 200 millions d'euros prononcée par Bruxelles, la plateforme chinoise annonce qu'elle contestera la décision devant la justice européenne."),
    ]),
    # ---------------------------------------------- AliExpress avoids a DSA fine with commitments
    ("aliexpress-dsa-commitments", "fresh93", [
        ("next.ink", "08-20 10:15", "DSA : AliExpress échappe à l'amende en prenant des engagements",
         "Deux jours après la sanction de Temu, la Commission accepte les engagements d'AliExpress sur le contrôle des vendeurs tiers et clôt une partie de son enquête."),
        ("zdnet.fr", "08-20 14:30", "AliExpress s'engage auprès de Bruxelles pour mieux filtrer les produits illégaux",
         "La place de marché du groupe Alibaba promet des contrôles renforcés des vendeurs et un accès aux données pour les chercheurs, rendus contraignants par la Commission."),
    ]),
    # ---------------------------------------------- BoursoBank outage again, 20 August
    ("boursobank-outage-aug20", "fresh93", [
        ("01net.com", "08-20 16:45", "Nouvelle panne chez BoursoBank, les virements instantanés bloqués",
         "Treize jours après une première coupure, les clients de BoursoBank ne peuvent plus émettre de virements instantanés depuis la mi-journée."),
    ]),
    # ---------------------------------------------- Amazon new robotised warehouse in the Drôme
    ("amazon-warehouse-drome", "fresh93", [
        ("latribune.fr", "08-20 08:00", "Amazon va construire un entrepôt robotisé dans la Drôme",
         "Le géant américain investit 400 millions d'euros dans un centre de distribution près de Valence, qui doit employer 1 000 personnes en CDI d'ici 2028."),
    ]),
    # ---------------------------------------------- Boulanger data leak
    ("boulanger-data-leak", "fresh93", [
        ("lemagit.fr", "08-21 09:30", "Boulanger : des données de clients dérobées via un prestataire de livraison",
         "L'enseigne d'électroménager prévient 480 000 clients que leurs nom, adresse et numéro de téléphone ont été exposés lors d'une intrusion chez un transporteur."),
    ]),
    # ---------------------------------------------- La Banque Postale outage
    ("banque-postale-outage", "fresh93", [
        ("bfmtv.com", "08-24 09:10", "La Banque postale en panne : cartes refusées et application inaccessible",
         "Depuis dimanche soir, des clients de La Banque postale signalent des paiements par carte refusés et l'impossibilité de consulter leurs comptes."),
    ]),
    # ---------------------------------------------- Cdiscount plans 250 job cuts, explainer the next day
    ("cdiscount-layoffs", "fresh93", [
        ("linforme.com", "08-25 05:45", "Exclusif : Cdiscount prépare la suppression de 250 postes",
         "Selon nos informations, le site de e-commerce bordelais, filiale du groupe Casino, va présenter mardi aux élus du CSE un plan de départs touchant 250 salariés."),
        ("lesechos.fr", "08-25 09:20", "Cdiscount taille dans ses effectifs pour retrouver la rentabilité",
         "Le distributeur en ligne veut supprimer environ 250 emplois, essentiellement dans ses fonctions support à Bordeaux, selon L'Informé."),
        ("bfmtv.com", "08-25 11:05", "Deux cent cinquante emplois menacés chez Cdiscount",
         "Le numéro deux français du commerce en ligne confirme un projet de réorganisation qui concerne près d'un salarié du siège sur cinq."),
        ("journaldunet.com", "08-25 14:30", "Plan social : le champion bordelais du e-commerce réduit la voilure",
         "Cdiscount engage un plan de sauvegarde de l'emploi visant quelque 250 postes, sur fond de recul de son volume d'affaires depuis trois ans."),
        ("lemondeinformatique.fr", "08-26 08:10", "Cdiscount : ce que prévoit le PSE qui vise 250 salariés",
         "Départs volontaires, reclassements, équipes informatiques concernées : le détail du plan présenté aux représentants du personnel de Cdiscount."),
    ]),
    # ---------------------------------------------- Amazon launches Haul, its low-cost store, in France
    ("amazon-haul-france", "fresh93", [
        ("frandroid.com", "08-26 08:45", "Amazon Haul arrive en France pour concurrencer Temu et Shein",
         "Le géant de l'e-commerce ouvre dans son application une boutique d'articles à moins de 20 euros, livrés depuis la Chine en une à deux semaines."),
        ("journaldunet.com", "08-26 12:00", "Avec Haul, Amazon mise sur l'ultra petit prix dans l'Hexagone",
         "Après les États-Unis et le Royaume-Uni, Amazon lance en France sa vitrine low cost, où la plupart des produits coûtent moins de 10 euros."),
        ("lesnumeriques.com", "08-26 15:30", "On a testé Haul, le « Temu d'Amazon »",
         "Gadgets à 3 euros, vêtements à 8 euros et livraison gratuite dès 15 euros : premières impressions sur la boutique à bas prix d'Amazon, disponible depuis ce mercredi."),
    ]),
    # ---------------------------------------------- Vinted raises its buyer protection fees
    ("vinted-fee-rise", "fresh93", [
        ("lesnumeriques.com", "08-27 09:00", "Vinted augmente ses frais de protection acheteurs",
         "À partir du 15 septembre, la part fixe passe de 0,70 à 0,90 euro par commande en France et la part variable de 5 à 6 % du prix de l'article."),
        ("frandroid.com", "08-27 11:15", "Acheter d'occasion va coûter un peu plus cher",
         "La plateforme lituanienne relève ses frais de service : 20 centimes de plus par commande et un point de commission supplémentaire dès la mi-septembre."),
        ("bfmtv.com", "08-27 16:30", "Hausse des frais sur Vinted : ce qui change pour les acheteurs",
         "Sur un article à 10 euros, l'acheteur paiera désormais 1,50 euro de protection contre 1,20 euro ; les vendeurs, eux, ne paient toujours rien."),
    ]),
    # ---------------------------------------------- Nationwide Cartes Bancaires outage on a Saturday, post-mortem on Monday
    ("cb-network-outage", "fresh93", [
        ("bfmtv.com", "08-29 09:20", "Paiement par carte : panne géante dans les commerces ce samedi",
         "Depuis 10 heures, les paiements par carte bancaire échouent dans de nombreux supermarchés, stations-service et restaurants partout en France."),
        ("01net.com", "08-29 10:05", "Panne CB : impossible de payer par carte dans de nombreux magasins",
         "Terminaux bloqués, files d'attente aux caisses : une panne touche les transactions par carte bancaire dans tout le pays, les retraits aux distributeurs aussi."),
        ("lefigaro.fr", "08-29 11:30", "Le réseau Cartes Bancaires victime d'une panne nationale",
         "Le GIE Cartes Bancaires confirme un incident sur son système d'autorisation, qui a fait échouer des millions de transactions pendant près de trois heures."),
        ("numerama.com", "08-29 14:45", "Pourquoi vous n'avez pas pu payer par carte ce samedi matin",
         "Ce n'était ni votre banque ni le commerçant : c'est le système d'autorisation du groupement CB, par lequel passent la plupart des paiements en France, qui a flanché."),
        ("lemondeinformatique.fr", "08-31 07:30", "Panne du 29 août : le GIE CB incrimine un changement de configuration",
         "Le groupement des cartes bancaires attribue la panne de samedi à une mise à jour de routage mal déployée dans son centre de traitement ; 11 millions de paiements ont été refusés."),
    ]),
    # ---------------------------------------------- Fast-fashion law: malus and ad ban take effect
    ("fast-fashion-law-in-force", "fresh93", [
        ("usine-digitale.fr", "09-01 05:30", "Loi anti-fast fashion : le malus environnemental entre en vigueur",
         "Depuis ce 1er septembre, chaque vêtement vendu par les plateformes d'ultra mode express comme Shein ou Temu supporte une pénalité de 5 euros, et leur publicité est interdite."),
        ("01net.com", "09-01 08:30", "Shein, Temu : ce qui change dès aujourd'hui avec la loi anti-fast fashion",
         "Pénalité de 5 euros par article, interdiction de la publicité et des influenceurs rémunérés : les nouvelles règles qui s'appliquent à l'ultra fast fashion."),
        ("latribune.fr", "09-01 10:10", "Ultra fast fashion : la France dégaine son malus à 5 euros par vêtement",
         "Votée en 2025, la loi visant à réduire l'impact environnemental de l'industrie textile commence à s'appliquer ; Shein dénonce une mesure discriminatoire."),
    ]),
    # ---------------------------------------------- Qonto gets its banking licence
    ("qonto-banking-licence", "fresh93", [
        ("lesechos.fr", "09-02 05:30", "Qonto obtient enfin sa licence bancaire",
         "L'ACPR a accordé à la fintech l'agrément d'établissement de crédit qu'elle attendait depuis deux ans, ce qui lui permettra de proposer des prêts à ses 600 000 clients."),
        ("latribune.fr", "09-02 08:45", "La néobanque des PME devient une banque à part entière",
         "Avec son agrément d'établissement de crédit, Qonto pourra prêter directement aux indépendants et aux PME et ne plus dépendre de partenaires bancaires."),
        ("journaldunet.com", "09-02 13:30", "Licence bancaire : ce qui change pour les clients de Qonto",
         "Crédits, découverts, garantie des dépôts jusqu'à 100 000 euros : ce que l'agrément obtenu auprès de l'ACPR apporte aux clients de Qonto."),
    ]),
    # ---------------------------------------------- Strike at Cdiscount headquarters against the job cuts
    ("cdiscount-strike", "fresh93", [
        ("bfmtv.com", "09-03 10:15", "Grève chez Cdiscount : les salariés du siège bordelais débraient",
         "À l'appel de la CGT et de la CFDT, plusieurs centaines de salariés de Cdiscount ont cessé le travail jeudi pour protester contre le plan de 250 suppressions de postes."),
        ("lefigaro.fr", "09-03 14:40", "Mobilisation à Bordeaux contre le plan social de Cdiscount",
         "Une intersyndicale a organisé un rassemblement devant le siège de Cdiscount, quai de Bacalan, pour réclamer de meilleures indemnités de départ."),
    ]),
    # ---------------------------------------------- JDN weekly e-commerce roundup, week 36
    ("jdn-ecommerce-weekly-w36", "fresh93", [
        ("journaldunet.com", "09-04 16:00", "L'hebdo du e-commerce : Cdiscount, Qonto et la loi anti-fast fashion",
         "Chaque vendredi, l'essentiel de la semaine : la grève chez Cdiscount, la licence bancaire de Qonto et l'entrée en vigueur du malus sur la mode express."),
    ]),
    # ---------------------------------------------- Vinted outage on a Sunday evening, explanation on Monday
    ("vinted-outage-sep06", "fresh93", [
        ("frandroid.com", "09-06 17:30", "Vinted en panne : impossible de se connecter à l'application",
         "Depuis 19 heures, de nombreux utilisateurs de Vinted signalent des erreurs de connexion et des paiements bloqués, en France comme en Belgique."),
        ("01net.com", "09-06 18:15", "Panne géante chez Vinted ce dimanche soir",
         "Plus de 30 000 signalements sur Downdetector : l'application de vente de vêtements d'occasion est restée inaccessible une bonne partie de la soirée."),
        ("bfmtv.com", "09-06 19:40", "La plateforme de seconde main Vinted inaccessible pendant plusieurs heures",
         "Messages, achats et envois d'étiquettes étaient impossibles dimanche soir sur Vinted ; le service est revenu peu avant 23 heures."),
        ("numerama.com", "09-07 07:10", "Panne de dimanche : la plateforme lituanienne s'explique",
         "Vinted attribue l'interruption de dimanche soir à une migration de base de données qui a mal tourné ; les transactions en cours seront honorées."),
    ]),
    # ---------------------------------------------- Wero arrives on e-commerce sites in France
    ("wero-ecommerce-launch", "fresh93", [
        ("lesechos.fr", "09-08 05:00", "Wero, l'alternative européenne à Visa et Mastercard, arrive sur les sites marchands",
         "Le portefeuille de l'European Payments Initiative, adossé aux grandes banques françaises, permet désormais de régler ses achats en ligne depuis l'application de sa banque."),
        ("frandroid.com", "09-08 08:20", "Wero : vous pouvez désormais payer en ligne avec l'appli de votre banque",
         "Après le paiement entre particuliers, Wero remplace Paylib pour les achats sur Internet : voici comment l'activer et quels sites l'acceptent."),
        ("journaldunet.com", "09-08 10:40", "Paiement en ligne : Wero débarque chez Fnac, la SNCF et Decathlon",
         "Une vingtaine de grands marchands proposent dès aujourd'hui le paiement par Wero ; l'EPI vise 80 % des achats en ligne en France d'ici fin 2027."),
    ]),
    # ---------------------------------------------- Amazon Prime price rise in France
    ("amazon-prime-price-rise", "fresh93", [
        ("frandroid.com", "09-09 06:30", "Amazon Prime augmente son prix en France",
         "L'abonnement passe de 69,90 à 79,90 euros par an et de 6,99 à 7,99 euros par mois à partir du 15 octobre pour les nouveaux membres."),
        ("lesnumeriques.com", "09-09 08:00", "79,90 euros par an : l'abonnement Prime devient plus cher",
         "Amazon justifie la hausse par l'enrichissement de Prime Video et de la livraison en un jour ; les abonnés actuels basculeront au nouveau tarif à leur renouvellement."),
        ("01net.com", "09-09 11:20", "Le géant de Seattle relève de 10 euros le prix de son abonnement en France",
         "Première hausse depuis 2022 : Prime coûtera 79,90 euros par an, soit 10 euros de plus, à compter du 15 octobre."),
    ]),
    # ---------------------------------------------- Fevad: French e-commerce second quarter figures
    ("fevad-q2-ecommerce", "fresh93", [
        ("journaldunet.com", "09-10 07:30", "E-commerce : les ventes en ligne progressent de 7 % au deuxième trimestre",
         "Selon la Fevad, les Français ont dépensé 44 milliards d'euros en ligne entre avril et juin, portés par les services et la seconde main."),
        ("lesechos.fr", "09-10 09:00", "Le commerce en ligne résiste malgré le ralentissement de la consommation",
         "La fédération du e-commerce fait état d'un chiffre d'affaires de 44 milliards d'euros au deuxième trimestre, en hausse de 7 %, mais d'un panier moyen en baisse."),
    ]),
    # ---------------------------------------------- Double debits with Wero, three days after its launch
    ("wero-double-debit-bug", "fresh93", [
        ("numerama.com", "09-11 08:30", "Wero zéro défaut ? Des paiements débités deux fois",
         "Trois jours après l'arrivée de Wero sur les sites marchands, des clients du Crédit mutuel, de la Société générale et de BNP Paribas constatent des doubles prélèvements."),
        ("01net.com", "09-11 12:15", "Double débit avec Wero : un bug touche des clients de plusieurs banques",
         "L'European Payments Initiative reconnaît un dysfonctionnement dans la confirmation de certains achats en ligne et promet le remboursement des sommes prélevées en double."),
    ]),
    # ---------------------------------------------- JDN weekly e-commerce roundup, week 37
    ("jdn-ecommerce-weekly-w37", "fresh93", [
        ("journaldunet.com", "09-11 16:00", "L'hebdo du e-commerce : Wero, Amazon Prime et la Fevad",
         "Chaque vendredi, l'essentiel de la semaine : le lancement de Wero en ligne, la hausse du prix de Prime et les chiffres du deuxième trimestre."),
    ]),
    # ---------------------------------------------- BNP Paribas app outage, Monday 14 September
    ("bnp-paribas-app-outage", "fresh93", [
        ("01net.com", "09-14 06:40", "BNP Paribas : l'application Mes Comptes en panne",
         "Depuis ce lundi matin, les clients de BNP Paribas ne peuvent plus consulter leurs comptes ni valider leurs paiements en ligne via l'application."),
        ("bfmtv.com", "09-14 08:10", "Panne chez BNP Paribas : des milliers de clients privés d'accès à leurs comptes",
         "La banque de la rue d'Antin reconnaît un incident informatique et assure que les paiements par carte fonctionnent normalement."),
        ("clubic.com", "09-14 11:00", "BNP Paribas rétablit son application après une matinée de panne",
         "Le service est revenu vers 12 h 30 ; la banque évoque une opération de maintenance qui s'est prolongée au-delà du créneau prévu."),
    ]),
    # ---------------------------------------------- Amazon announces Prime Big Deal Days dates
    ("amazon-prime-days-dates", "fresh93", [
        ("lesnumeriques.com", "09-15 09:00", "Les Prime Big Deal Days auront lieu les 6 et 7 octobre",
         "Amazon confirme ses soldes d'automne réservées aux abonnés Prime, quelques jours avant l'entrée en vigueur de la hausse du prix de l'abonnement."),
    ]),
    # ---------------------------------------------- Société Générale outage, two days after BNP Paribas
    ("societe-generale-outage", "fresh93", [
        ("frandroid.com", "09-16 16:20", "Société Générale : l'appli et le site inaccessibles ce mercredi soir",
         "Connexion impossible, virements en attente : les clients de Société Générale ne peuvent plus accéder à leur banque en ligne depuis 18 heures."),
        ("bfmtv.com", "09-16 17:05", "Deux jours après BNP Paribas, Société Générale tombe à son tour en panne",
         "La banque de la Défense évoque un problème sur ses serveurs d'authentification ; le retour à la normale est attendu dans la soirée."),
    ]),
    # ---------------------------------------------- JDN weekly e-commerce roundup, week 38
    ("jdn-ecommerce-weekly-w38", "fresh93", [
        ("journaldunet.com", "09-18 16:00", "L'hebdo du e-commerce : pannes bancaires et Prime Days",
         "Chaque vendredi, l'essentiel de la semaine : les pannes de BNP Paribas et de Société Générale et les dates des soldes d'automne d'Amazon."),
    ]),
    # ---------------------------------------------- Second Vinted outage, Saturday 19 September
    ("vinted-outage-sep19", "fresh93", [
        ("frandroid.com", "09-19 10:20", "Vinted de nouveau en panne",
         "Moins de deux semaines après l'incident du 6 septembre, l'application de vente de vêtements d'occasion est à nouveau inaccessible ce samedi midi."),
        ("clubic.com", "09-19 11:50", "Vinted : nouvelle coupure, messagerie et paiements bloqués",
         "Les utilisateurs ne peuvent plus envoyer de messages ni finaliser leurs achats ; Vinted dit travailler à un rétablissement rapide."),
    ]),
    # ---------------------------------------------- Shein challenges its fine in court
    ("shein-fine-appeal", "fresh93", [
        ("lesechos.fr", "09-22 05:15", "Shein conteste en justice son amende de 40 millions d'euros",
         "La plateforme a saisi le tribunal administratif de Paris pour obtenir l'annulation de la sanction prononcée début août par la DGCCRF, qu'elle juge disproportionnée."),
        ("numerama.com", "09-22 08:40", "Amende de 40 M€ : le géant chinois de l'ultra fast fashion contre-attaque",
         "Sept semaines après sa sanction pour fausses promotions, Shein dépose un recours et conteste la méthode de calcul des prix de référence retenue par l'administration."),
    ]),
    # ---------------------------------------------- Picard hit by ransomware, claim the next day
    ("picard-ransomware", "fresh93", [
        ("lemagit.fr", "09-23 08:10", "Picard victime d'une cyberattaque par rançongiciel",
         "Le spécialiste des surgelés a dû couper une partie de son système d'information ; le réapprovisionnement de ses 1 100 magasins est perturbé."),
        ("bfmtv.com", "09-23 10:30", "Cyberattaque chez Picard : des rayons vides dans certains magasins",
         "Commandes bloquées, entrepôts à l'arrêt : l'enseigne de surgelés confirme avoir été visée par un ransomware dans la nuit de lundi à mardi."),
        ("zdnet.fr", "09-23 13:45", "Ransomware : l'enseigne de surgelés Picard paralysée",
         "Picard a porté plainte et notifié la CNIL ; la vente en ligne est suspendue le temps de restaurer ses serveurs."),
        ("01net.com", "09-24 08:00", "Attaque contre Picard : le groupe Qilin revendique et menace de publier des données",
         "Au lendemain de la cyberattaque, le gang de rançongiciel Qilin affirme avoir dérobé 2 téraoctets de données de l'enseigne de surgelés."),
    ]),
    # ---------------------------------------------- Fnac Darty opens a smartphone refurbishing workshop
    ("fnac-darty-refurbishing", "fresh93", [
        ("usine-digitale.fr", "09-24 07:00", "Fnac Darty ouvre un atelier de reconditionnement de smartphones en Seine-et-Marne",
         "Le distributeur investit 12 millions d'euros à Moissy-Cramayel pour remettre en état 300 000 appareils par an, vendus sous le label Seconde Vie."),
    ]),
    # ---------------------------------------------- Intersport hit by ransomware, four days after Picard
    ("intersport-ransomware", "fresh93", [
        ("lemagit.fr", "09-27 14:20", "Intersport France frappé à son tour par un rançongiciel",
         "Quatre jours après Picard, c'est le distributeur d'articles de sport qui doit fonctionner en mode dégradé ; les caisses de ses magasins restent opérationnelles."),
        ("numerama.com", "09-27 17:00", "Cyberattaque : Intersport coupe son site de vente en ligne",
         "Le réseau de 700 magasins a détecté un chiffrement de ses serveurs logistiques dimanche matin et a suspendu les commandes sur Internet."),
    ]),
    # ---------------------------------------------- Pennylane raises 150 M EUR
    ("pennylane-funding", "fresh93", [
        ("lesechos.fr", "09-29 04:30", "Pennylane lève 150 millions d'euros et vaut désormais 3 milliards",
         "Le logiciel de comptabilité et de gestion financière pour les PME boucle un nouveau tour de table mené par un fonds américain, un an et demi après le précédent."),
        ("usine-digitale.fr", "09-29 07:10", "Logiciel comptable : Pennylane boucle une nouvelle levée de 150 M€",
         "La licorne française veut profiter de la généralisation de la facture électronique pour conquérir 1 million d'entreprises clientes."),
    ]),
    # ---------------------------------------------- Swan raises 60 M EUR the same morning
    ("swan-funding", "fresh93", [
        ("latribune.fr", "09-29 05:15", "La fintech Swan lève 60 millions d'euros pour accélérer en Europe",
         "La start-up parisienne, qui fournit comptes et cartes de paiement en marque blanche à d'autres entreprises, veut ouvrir l'Allemagne et l'Espagne."),
        ("journaldunet.com", "09-29 08:00", "Banking-as-a-service : Swan récolte 60 millions d'euros",
         "Le spécialiste des services bancaires embarqués annonce une série C menée par Accel ; il revendique 200 clients dont Pennylane et Agicap."),
    ]),
    # ---------------------------------------------- DGCCRF toy test on Temu and AliExpress
    ("dgccrf-toys-temu-aliexpress", "fresh93", [
        ("01net.com", "09-29 07:00", "Jouets dangereux : la DGCCRF épingle Temu et AliExpress",
         "Sur 120 jouets achetés sur les deux plateformes, 86 se sont révélés non conformes et 52 dangereux, notamment à cause de petites pièces et de phtalates."),
        ("lesnumeriques.com", "09-29 11:45", "Plus de sept jouets sur dix achetés sur Temu et AliExpress sont non conformes",
         "La répression des fraudes a demandé le retrait de 52 produits dangereux et saisi la Commission européenne des résultats de ses tests."),
    ]),
    # ---------------------------------------------- ManoMano layoffs
    ("manomano-layoffs", "fresh93", [
        ("linforme.com", "09-30 05:30", "ManoMano : un nouveau plan de départs visant 150 salariés",
         "Selon nos informations, la place de marché du bricolage va annoncer la suppression d'environ 150 postes, deux ans après un premier plan."),
        ("lesechos.fr", "09-30 09:10", "ManoMano supprime 150 postes pour atteindre la rentabilité",
         "Le site de bricolage en ligne fondé par Philippe de Chanville et Christian Raisson se sépare d'un quart de ses effectifs parisiens."),
        ("journaldunet.com", "09-30 13:20", "Layoffs chez ManoMano",
         "La licorne française du bricolage confirme un plan de départs d'environ 150 personnes, principalement dans les équipes tech et marketing."),
    ]),
    # ---------------------------------------------- PayPal outage in Europe, cause explained the next day
    ("paypal-outage", "fresh93", [
        ("frandroid.com", "10-01 13:10", "PayPal en panne : les paiements échouent dans toute l'Europe",
         "Depuis le début d'après-midi, impossible de régler ses achats avec PayPal en France, en Allemagne ou en Espagne ; l'application affiche une erreur de connexion."),
        ("zdnet.fr", "10-01 14:20", "Panne européenne de PayPal : des millions de transactions bloquées",
         "Le service de paiement reconnaît un incident sur ses serveurs européens, qui a touché les achats en ligne et les transferts entre particuliers pendant près de deux heures."),
        ("next.ink", "10-02 07:00", "PayPal : la panne de jeudi due à un certificat expiré",
         "Dans un court post-mortem, PayPal attribue l'interruption de jeudi à l'expiration d'un certificat TLS sur une passerelle de paiement européenne."),
    ]),
    # ---------------------------------------------- Veepee layoffs the same week as ManoMano
    ("veepee-layoffs", "fresh93", [
        ("latribune.fr", "10-01 06:00", "Veepee va supprimer 200 emplois en France",
         "Le spécialiste des ventes événementielles en ligne, ex-vente-privee, annonce un plan de départs volontaires visant 200 salariés de son siège de Saint-Denis."),
        ("usine-digitale.fr", "10-01 10:30", "Après ManoMano, Veepee réduit à son tour ses effectifs",
         "La direction du site de ventes privées invoque la concurrence des plateformes asiatiques pour justifier 200 suppressions de postes."),
    ]),
    # ---------------------------------------------- Clubic weekend deals, week 40
    ("clubic-deals-w40", "fresh93", [
        ("clubic.com", "10-02 15:00", "Les bons plans du week-end : iPhone 17, Galaxy S26 et aspirateurs Dyson",
         "Comme chaque vendredi, notre sélection des meilleures promotions du moment sur Amazon, Cdiscount et Fnac."),
    ]),
    # ---------------------------------------------- Revolut moves its Western Europe HQ to Paris
    ("revolut-paris-hq", "fresh93", [
        ("lesechos.fr", "10-05 05:00", "Revolut installe son siège d'Europe de l'Ouest à Paris",
         "La fintech britannique va investir 1 milliard d'euros en France et demander une licence bancaire à l'ACPR pour sa succursale parisienne."),
        ("bfmtv.com", "10-05 08:20", "La néobanque britannique va donner des IBAN français à ses clients",
         "Revolut annonce que ses 5 millions de clients français disposeront d'un IBAN en FR dès le début de 2027, une demande de longue date."),
        ("lefigaro.fr", "10-05 12:40", "« La France est notre premier marché en Europe » : Revolut choisit Paris",
         "Le cofondateur de Revolut détaille le plan d'investissement d'un milliard d'euros et promet 200 embauches dans la capitale."),
    ]),
    # ---------------------------------------------- DGCCRF fines Cdiscount 2.1 M EUR for fake discounts
    ("cdiscount-dgccrf-fine", "fresh93", [
        ("01net.com", "10-06 07:00", "Cdiscount condamné à 2,1 millions d'euros pour de fausses promotions",
         "La DGCCRF a infligé une amende de 2,1 millions d'euros au site de e-commerce, qui affichait des prix barrés sans rapport avec les prix réellement pratiqués."),
        ("lesnumeriques.com", "10-06 10:30", "Prix barrés trompeurs : la répression des fraudes sanctionne Cdiscount",
         "Des réductions calculées sur des prix de référence fictifs valent au distributeur en ligne une amende administrative de 2,1 M€."),
        ("clubic.com", "10-06 14:00", "Fausses réductions : l'addition est salée pour Cdiscount",
         "Le site bordelais devra payer 2,1 millions d'euros après une enquête de la DGCCRF sur ses opérations promotionnelles de 2025."),
    ]),
    # ---------------------------------------------- Amazon Prime Big Deal Days: the sales are live
    ("amazon-prime-big-deal-days", "fresh93", [
        ("frandroid.com", "10-06 05:00", "Prime Big Deal Days : les meilleures offres high-tech en direct",
         "Les soldes d'automne d'Amazon sont lancées pour 48 heures : smartphones, écouteurs et téléviseurs à prix cassés pour les abonnés Prime."),
        ("lesnumeriques.com", "10-06 06:30", "Prime Days d'octobre : notre sélection des vraies bonnes affaires",
         "Nous avons passé au crible les promotions d'Amazon pour ne garder que les produits testés au meilleur prix historique."),
        ("clubic.com", "10-07 06:00", "Dernier jour des Prime Big Deal Days : les offres à ne pas manquer",
         "Il reste jusqu'à minuit pour profiter des réductions de l'opération Prime d'automne ; voici les promotions encore disponibles."),
    ]),
    # ---------------------------------------------- Strike at Amazon's Lauwin-Planque warehouse during Prime days
    ("amazon-lauwin-strike", "fresh93", [
        ("bfmtv.com", "10-07 09:30", "Grève à l'entrepôt Amazon de Lauwin-Planque en pleine opération promotionnelle",
         "À l'appel de SUD et de la CGT, une partie des salariés du site du Nord a cessé le travail pour réclamer une prime exceptionnelle pendant les Prime Days."),
        ("lefigaro.fr", "10-07 13:15", "Amazon : débrayage dans un entrepôt du Nord",
         "Les grévistes dénoncent des cadences intenables ; Amazon assure que les livraisons ne sont pas perturbées."),
    ]),
    # ---------------------------------------------- DGCCRF fines But for fake discounts
    ("but-dgccrf-fine", "fresh93", [
        ("lefigaro.fr", "10-08 08:00", "Meubles : But condamné à 900 000 euros d'amende pour de fausses promotions",
         "La DGCCRF reproche à l'enseigne d'ameublement des prix barrés fictifs sur des canapés et de la literie lors de ses soldes d'hiver."),
    ]),
    # ---------------------------------------------- Vinted Go lockers
    ("vinted-go-lockers", "fresh93", [
        ("usine-digitale.fr", "10-08 07:30", "Vinted Go déploie 2 000 casiers de livraison en France",
         "La filiale logistique de Vinted accélère l'installation de ses consignes automatiques pour réduire sa dépendance à Mondial Relay et Relais Colis."),
    ]),
    # ---------------------------------------------- Conseil d'État confirms the old CNIL fine on Amazon France Logistique
    ("amazon-conseil-etat-cnil", "fresh93", [
        ("next.ink", "10-09 09:00", "Surveillance des salariés : le Conseil d'État confirme l'amende d'Amazon France Logistique",
         "La plus haute juridiction administrative rejette le recours d'Amazon contre l'amende de la CNIL pour la surveillance excessive des préparateurs de commandes."),
    ]),
    # ---------------------------------------------- Clubic weekend deals, week 41
    ("clubic-deals-w41", "fresh93", [
        ("clubic.com", "10-09 15:00", "Les bons plans du week-end : Pixel 10, PS5 et robots cuiseurs",
         "Comme chaque vendredi, notre sélection des meilleures promotions du moment, deux jours après la fin des Prime Big Deal Days."),
    ]),
    # ---------------------------------------------- Worldline payment terminals outage on a Saturday
    ("worldline-terminals-outage", "fresh93", [
        ("silicon.fr", "10-10 12:00", "Worldline : panne des terminaux de paiement chez des milliers de commerçants",
         "Des terminaux de paiement gérés par Worldline ont refusé les cartes pendant près de quatre heures samedi, dans des boulangeries, pharmacies et restaurants."),
        ("lemagit.fr", "10-10 15:30", "Les TPE de Worldline en rade tout le samedi matin",
         "Le spécialiste des paiements évoque une anomalie sur sa plateforme d'acquisition ; le réseau Cartes Bancaires n'est pas en cause."),
    ]),
    # ---------------------------------------------- EU small-parcel customs duty adopted
    ("eu-small-parcel-duty", "fresh93", [
        ("lesechos.fr", "10-13 06:45", "Colis chinois : Bruxelles impose un droit de douane de 3 euros par article",
         "Les ministres des Finances de l'UE ont entériné un droit forfaitaire sur les petits colis de moins de 150 euros, qui vise directement Temu, Shein et AliExpress."),
        ("bfmtv.com", "10-13 10:00", "Temu, Shein, AliExpress : vos petites commandes vont coûter 3 euros de plus",
         "La fin de l'exonération de droits de douane sur les envois de faible valeur s'appliquera dès le 1er janvier dans toute l'Union européenne."),
        ("journaldunet.com", "10-13 14:20", "Fin de la franchise douanière : ce que la taxe de 3 euros change pour les e-commerçants",
         "Calcul par article, collecte par les plateformes, contrôles renforcés : le mode d'emploi du nouveau droit de douane européen sur les colis."),
    ]),
    # ---------------------------------------------- Carrefour loyalty programme data leak
    ("carrefour-data-leak", "fresh93", [
        ("zdnet.fr", "10-14 08:15", "Carrefour : les données de clients de son programme de fidélité dérobées",
         "Le distributeur informe plusieurs centaines de milliers de porteurs de la carte Carrefour que leurs nom, e-mail et solde de points ont été exposés."),
        ("numerama.com", "10-14 11:00", "Fuite de données chez Carrefour : attention aux faux e-mails de points fidélité",
         "Après le vol de données de 780 000 clients de son programme de fidélité, Carrefour met en garde contre des tentatives d'hameçonnage."),
        ("01net.com", "10-14 15:30", "780 000 clients de Carrefour concernés par un piratage",
         "L'enseigne confirme qu'un tiers a accédé à une base de données de son programme de fidélité ; les coordonnées bancaires ne sont pas concernées."),
    ]),
    # ---------------------------------------------- Qonto outage
    ("qonto-outage", "fresh93", [
        ("clubic.com", "10-15 09:40", "Qonto : cartes refusées et virements bloqués pendant deux heures",
         "Les clients de la néobanque professionnelle ont vu leurs paiements par carte échouer jeudi matin à cause d'un incident chez son processeur de cartes."),
    ]),
    # ---------------------------------------------- ACPR fines Revolut for AML failings
    ("revolut-acpr-fine", "fresh93", [
        ("lesechos.fr", "10-19 06:00", "Lutte anti-blanchiment : l'ACPR inflige 8 millions d'euros d'amende à Revolut",
         "Le gendarme bancaire reproche à la néobanque des contrôles insuffisants sur l'origine des fonds de ses clients français entre 2022 et 2024."),
        ("latribune.fr", "10-19 09:30", "Revolut sanctionné par le gendarme bancaire français",
         "Deux semaines après avoir annoncé l'installation de son siège européen à Paris, Revolut écope d'une amende de 8 M€ de l'Autorité de contrôle prudentiel."),
    ]),
    # ---------------------------------------------- CNIL cookie fine on Leboncoin
    ("leboncoin-cnil-cookies", "fresh93", [
        ("next.ink", "10-20 08:30", "Cookies : la CNIL inflige 5 millions d'euros d'amende à Leboncoin",
         "Le site de petites annonces déposait des traceurs publicitaires avant tout consentement et rendait le refus plus difficile que l'acceptation."),
        ("numerama.com", "10-20 12:10", "Leboncoin sanctionné pour ses bandeaux cookies",
         "La CNIL condamne la plateforme à 5 M€ et lui donne trois mois pour se mettre en conformité, sous peine d'astreinte de 50 000 euros par jour."),
    ]),
    # ---------------------------------------------- Auchan data leak, six days after Carrefour
    ("auchan-data-leak", "fresh93", [
        ("zdnet.fr", "10-20 09:00", "Auchan à son tour victime d'une fuite de données",
         "Moins d'une semaine après Carrefour, c'est Auchan qui prévient ses clients : les données de 500 000 comptes de cagnotte fidélité ont été volées."),
        ("01net.com", "10-20 13:45", "Piratage chez Auchan : 500 000 clients de la carte fidélité exposés",
         "Noms, adresses et montants de cagnotte ont fuité ; Auchan dit avoir bloqué l'accès frauduleux et déposé plainte."),
    ]),
    # ---------------------------------------------- Fnac Darty third-quarter sales
    ("fnac-darty-q3-sales", "fresh93", [
        ("lesechos.fr", "10-21 15:45", "Fnac Darty voit ses ventes reculer de 2,4 % au troisième trimestre",
         "Le distributeur de produits culturels et d'électroménager a réalisé un chiffre d'affaires de 1,78 milliard d'euros entre juillet et septembre, pénalisé par la téléphonie."),
        ("latribune.fr", "10-21 16:40", "Trimestre difficile pour Fnac Darty, qui maintient ses objectifs annuels",
         "Les ventes de l'enseigne reculent de 2,4 % en données comparables, mais la direction confirme viser une marge opérationnelle stable sur l'année."),
        ("channelnews.fr", "10-22 07:00", "Fnac Darty : 1,78 Md€ de CA au T3, la téléphonie plombe les ventes",
         "Les services et le reconditionné progressent, mais le recul des smartphones et de l'informatique pèse sur le trimestre du distributeur."),
    ]),
    # ---------------------------------------------- Carrefour third-quarter sales
    ("carrefour-q3-sales", "fresh93", [
        ("lesechos.fr", "10-22 15:50", "Carrefour : des ventes en hausse de 1,8 % au troisième trimestre",
         "Le distributeur affiche 22,1 milliards d'euros de chiffre d'affaires, soutenu par le Brésil et l'Espagne, mais toujours en recul en France."),
        ("latribune.fr", "10-22 17:10", "La France reste le point faible de Carrefour",
         "Les ventes du groupe progressent au troisième trimestre, mais ses hypermarchés français continuent de perdre des clients."),
    ]),
    # ---------------------------------------------- Worldline third-quarter revenue
    ("worldline-q3-revenue", "fresh93", [
        ("lesechos.fr", "10-22 05:30", "Worldline : le chiffre d'affaires recule encore au troisième trimestre",
         "Le spécialiste français des paiements a vu son chiffre d'affaires baisser de 3,5 %, à 1,1 milliard d'euros, et abaisse sa prévision annuelle."),
        ("zdnet.fr", "10-22 12:30", "Paiements : nouveau trimestre en berne pour Worldline",
         "Le groupe invoque la baisse des volumes chez les commerçants et la sortie de clients à risque ; l'action chute de 9 % à l'ouverture."),
    ]),
    # ---------------------------------------------- Lydia / Sumeria instant transfer outage
    ("lydia-outage", "fresh93", [
        ("clubic.com", "10-24 10:15", "Sumeria et Lydia en panne : les virements instantanés bloqués",
         "Depuis vendredi soir, les utilisateurs de Lydia et de sa néobanque Sumeria ne peuvent plus envoyer d'argent ; le groupe évoque un incident chez un prestataire."),
    ]),
    # ---------------------------------------------- Fnac Darty store closures and job cuts
    ("fnac-darty-restructuring", "fresh93", [
        ("linforme.com", "10-27 05:00", "Fnac Darty prépare la fermeture d'une douzaine de magasins",
         "Selon nos informations, le groupe va annoncer jeudi un plan de transformation prévoyant la fermeture de 12 points de vente Darty et la suppression de quelque 400 emplois."),
        ("bfmtv.com", "10-27 08:30", "Darty : une douzaine de magasins menacés de fermeture, 400 emplois en jeu",
         "Le distributeur s'apprêterait à réduire la voilure dans ses magasins les moins rentables, selon L'Informé ; la direction ne commente pas."),
        ("lefigaro.fr", "10-27 13:15", "Fnac Darty engage un plan de 400 départs, une semaine après des ventes en recul",
         "L'enseigne confirme un projet de réorganisation de son réseau Darty ; les syndicats dénoncent « un plan social déguisé »."),
    ]),
    # ---------------------------------------------- European Parliament votes on the digital euro
    ("digital-euro-vote", "fresh93", [
        ("lesechos.fr", "10-28 06:00", "Le Parlement européen adopte le règlement sur l'euro numérique",
         "Les eurodéputés ont voté le cadre juridique de la monnaie numérique de la BCE, avec un plafond de détention de 3 000 euros par personne."),
        ("latribune.fr", "10-28 09:20", "Euro numérique : feu vert de Strasbourg, la BCE peut préparer le lancement",
         "Le texte adopté par 358 voix contre 241 ouvre la voie à une mise en circulation en 2029, malgré les réticences des banques."),
        ("next.ink", "10-28 14:00", "Euro numérique : ce que contient le texte voté par les eurodéputés",
         "Paiement hors ligne, confidentialité, plafond de détention, rôle des banques : le détail du règlement adopté mardi à Strasbourg."),
    ]),
    # ---------------------------------------------- Credit Agricole data leak via a partner
    ("credit-agricole-data-leak", "fresh93", [
        ("zdnet.fr", "08-14 08:45", "Crédit agricole : des données de clients exposées chez un partenaire",
         "La banque verte confirme qu'un prestataire de gestion des crédits à la consommation a été piraté ; 230 000 clients de plusieurs caisses régionales sont concernés."),
        ("bfmtv.com", "08-14 12:30", "Fuite de données au Crédit agricole : ce que les clients doivent surveiller",
         "Noms, adresses et IBAN de 230 000 clients sont dans la nature ; la banque invite à se méfier des faux conseillers au téléphone."),
    ]),
    # ---------------------------------------------- Swile layoffs
    ("swile-layoffs", "fresh93", [
        ("linforme.com", "08-17 05:30", "Swile prépare un plan de départs",
         "Selon nos informations, la fintech montpelliéraine des titres-restaurant va supprimer environ 80 postes, soit 10 % de ses effectifs."),
    ]),
    # ---------------------------------------------- BHV ends its Shein corner
    ("bhv-ends-shein", "fresh93", [
        ("lefigaro.fr", "08-31 15:00", "Le BHV Marais met fin à son espace Shein",
         "Moins d'un an après son ouverture très contestée, le grand magasin parisien ferme le corner de la marque chinoise, faute de fréquentation suffisante."),
    ]),
    # ---------------------------------------------- N26 closes French accounts of inactive customers
    ("n26-account-closures", "fresh93", [
        ("frandroid.com", "09-02 15:00", "N26 va fermer les comptes de milliers de clients français inactifs",
         "La néobanque allemande prévient par e-mail les clients dont le compte n'a enregistré aucun mouvement depuis six mois : ils ont jusqu'au 30 novembre pour réagir."),
    ]),
    # ---------------------------------------------- Back Market layoffs
    ("back-market-layoffs", "fresh93", [
        ("lesechos.fr", "09-17 05:30", "Back Market réduit ses effectifs de 15 %",
         "Le spécialiste du reconditionné supprime une centaine de postes, essentiellement à Paris et Bordeaux, pour atteindre la rentabilité en 2027."),
    ]),
    # ---------------------------------------------- Showroomprive half-year results
    ("showroomprive-h1", "fresh93", [
        ("latribune.fr", "09-09 16:00", "Showroomprivé renoue avec la croissance au premier semestre",
         "Le site de ventes événementielles affiche un chiffre d'affaires de 330 millions d'euros, en hausse de 3 %, et un résultat net de retour dans le vert."),
    ]),
    # ---------------------------------------------- Octopia, Cdiscount's marketplace unit, sold
    ("octopia-sale", "fresh93", [
        ("journaldunet.com", "10-16 07:00", "Cdiscount cède Octopia, sa filiale de solutions de marketplace",
         "Le groupe Casino vend l'activité de marketplace en marque blanche de Cdiscount à un fonds d'investissement britannique pour environ 120 millions d'euros."),
    ]),
    # ---------------------------------------------- Cdiscount CEO change
    ("cdiscount-ceo-change", "fresh93", [
        ("lesechos.fr", "10-26 06:00", "Cdiscount change de patron",
         "Le directeur général du site de e-commerce quitte ses fonctions après deux ans à sa tête ; le groupe Casino nomme pour le remplacer un ancien dirigeant d'Amazon France."),
    ]),
    # ---------------------------------------------- Revolut app outage
    ("revolut-outage", "fresh93", [
        ("01net.com", "08-28 10:30", "Revolut en panne : l'application bloquée pour des milliers d'utilisateurs",
         "Depuis vendredi matin, les clients de Revolut ne peuvent plus se connecter à l'application ni geler leur carte ; les paiements fonctionnent encore."),
    ]),
    # ---------------------------------------------- La Banque Postale closes Ma French Bank
    ("ma-french-bank-closure", "fresh93", [
        ("lesechos.fr", "09-24 05:00", "La Banque postale ferme sa néobanque Ma French Bank",
         "Cinq ans après son lancement, l'offre mobile de La Banque postale n'a séduit que 700 000 clients ; ils seront basculés vers l'offre principale d'ici mars 2027."),
        ("frandroid.com", "09-24 12:15", "Fin de Ma French Bank : ce qui change pour les clients",
         "Comptes, cartes et IBAN seront transférés automatiquement vers La Banque postale, qui promet des conditions tarifaires équivalentes pendant un an."),
    ]),
    # ---------------------------------------------- New EU consumer credit directive to cover buy now pay later
    ("bnpl-consumer-credit-rules", "fresh93", [
        ("journaldunet.com", "10-29 07:30", "Paiement en plusieurs fois : Klarna, Alma et Oney bientôt soumis au crédit conso",
         "La transposition de la nouvelle directive européenne sur le crédit à la consommation impose à partir du 20 novembre des vérifications de solvabilité pour les petits paiements fractionnés."),
        ("lefigaro.fr", "10-29 11:00", "Le « buy now, pay later » rattrapé par la réglementation",
         "Dès le 20 novembre, les prestataires de paiement fractionné devront vérifier la solvabilité de leurs clients, même pour un achat de 50 euros en trois fois."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
