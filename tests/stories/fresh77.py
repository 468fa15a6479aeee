"""The 77th fresh labelled set of French tech-news articles, mostly e-commerce and retail tech, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh77".
Positives: titles with almost no shared word (periphrasis only: "le colosse de Seattle", "l'ultra fast fashion
chinoise", "le champion français du reconditionné", "le distributeur bordelais", "la plateforme lituanienne"),
an English-word title ("Layoffs chez Cdiscount"), a quote as title, syndicated items ("selon L'Informé",
"selon Les Echos"), explainers ("ce qui change"), a hands-on test the day after a launch, post-mortems and
terse follow-ups the next day, a strike reconducted the next day, digits vs words (250 / deux cent cinquante).
Hard negatives: Amazon France office layoffs then a warehouse strike three days later; two Amazon warehouse
strikes a month apart (the later one vague); two Vinted outages two days apart (the later one vague); a Vinted
outage vs Vinted wallet withdrawals blocked; the DGCCRF fining Shein, then Temu, then Cdiscount (late payment);
the Shein fine vs its appeal seven weeks later; the fast-fashion decree, the EU small-parcel fee and a
UFC-Que Choisir test, all naming Shein and Temu; the DGCCRF Temu fine vs a European DSA fine on Temu; a
Leboncoin data leak vs a Leboncoin WhatsApp scam a week later; Back Market's round vs another refurbishment
start-up's round the same day; Cdiscount's annual results vs its Q1 sales; Cdiscount marketplace rules vs the
Cdiscount DGCCRF fine; Fnac Darty takeover result vs its delisting; Auchan's data leak vs Darty's two days later;
Amazon opening a warehouse vs Amazon dropping another two days later; InPost's takeover vs Mondial Relay lockers;
Mondial Relay lockers vs Vinted Go lockers; a card-payment outage vs a PayPal outage; French Days deals posts
vs Cdiscount's French Days record; weekly deals posts (three with one identical title), weekly roundups and
newsletters; two Orange outages two weeks apart; an iOS release vs its battery-draining bug; two products at one
Google keynote; two Mistral AI models; two Ivanti patches a month apart; ransomware on two local authorities;
Vinted Go lockers vs Vinted's new commission for professional sellers four days later.
`build` fixes the year 2026; times are UTC, March to May 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 0.982, recall 0.812 (0.981 / 0.754 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Amazon France: PSE in the Clichy offices
    ("amazon-pse-bureaux", "fresh77", [
        ("linforme.com", "03-03 06:15",
         "Amazon France prépare la suppression de 250 postes dans ses bureaux",
         "Selon nos informations, la filiale française du géant du e-commerce présentera ce mardi aux représentants du personnel un plan de sauvegarde de l'emploi visant environ 250 postes administratifs à Clichy."),
        ("lesechos.fr", "03-03 08:40",
         "Amazon taille dans ses effectifs de bureau en France",
         "Le groupe américain confirme un projet de réorganisation qui pourrait toucher quelque 250 salariés de ses fonctions support et marketing. Les entrepôts ne sont pas concernés."),
        ("bfmtv.com", "03-03 11:05",
         "Plan social chez Amazon France : environ 250 emplois menacés",
         "Amazon a confirmé mardi l'ouverture d'une procédure de PSE dans ses équipes parisiennes, évoquant la nécessité de « simplifier son organisation »."),
        ("usine-digitale.fr", "03-03 14:30",
         "Le colosse de Seattle réduit la voilure à Clichy",
         "Deux cent cinquante postes de cadres et d'employés administratifs pourraient disparaître au siège français du numéro un mondial de la vente en ligne, selon L'Informé."),
        ("lemondeinformatique.fr", "03-04 09:00",
         "Amazon France : ce que contient le PSE présenté aux syndicats",
         "Calendrier, métiers visés, mesures d'accompagnement : le détail du plan de sauvegarde de l'emploi qui prévoit la suppression de 250 postes dans les bureaux d'Amazon en France."),
    ]),
    # ---------------------------------------------- Amazon: wage strike at the Brétigny warehouse (Essonne)
    ("amazon-greve-bretigny", "fresh77", [
        ("bfmtv.com", "03-06 07:30",
         "Grève à l'entrepôt Amazon de Brétigny-sur-Orge",
         "Des salariés du centre de distribution de l'Essonne ont cessé le travail dès 5 heures ce vendredi à l'appel de la CGT pour réclamer des hausses de salaire, quelques jours après l'annonce d'un plan social dans les bureaux du groupe."),
        ("next.ink", "03-06 10:10",
         "Amazon : débrayage dans l'Essonne sur fond de négociations salariales",
         "Les négociations annuelles obligatoires ont échoué : une partie des préparateurs de commandes de Brétigny-sur-Orge est en grève et bloque l'accès des camions."),
        ("lefigaro.fr", "03-06 13:45",
         "« Nous ne lâcherons rien » : à Brétigny, les préparateurs de commandes d'Amazon en grève",
         "Devant l'entrepôt de l'Essonne, les grévistes réclament 150 euros net de plus par mois et dénoncent des primes jugées insuffisantes."),
        ("latribune.fr", "03-07 09:00",
         "Amazon : la grève de Brétigny reconduite ce samedi",
         "Faute d'accord avec la direction, les salariés grévistes du site de l'Essonne ont voté la poursuite du mouvement pour le week-end."),
    ]),
    # ---------------------------------------------- Amazon: another strike, Lauwin-Planque (Nord), one month later
    ("amazon-greve-lauwin", "fresh77", [
        ("bfmtv.com", "04-09 08:00",
         "Amazon : nouveau débrayage dans un entrepôt",
         "Des salariés du géant de la vente en ligne ont de nouveau cessé le travail jeudi matin, cette fois pour dénoncer les cadences imposées par les nouveaux robots de tri."),
        ("lemondeinformatique.fr", "04-09 15:20",
         "Les salariés d'Amazon à Lauwin-Planque dénoncent les cadences",
         "Un mois après le mouvement de Brétigny-sur-Orge, c'est le site du Nord qui connaît un arrêt de travail à l'appel de SUD et de la CFDT."),
    ]),
    # ---------------------------------------------- Orange: mobile network outage in the South-West
    ("orange-panne-sud-ouest", "fresh77", [
        ("01net.com", "03-05 08:20",
         "Panne Orange : le réseau mobile coupé dans le Sud-Ouest",
         "Depuis l'aube, des milliers d'abonnés Orange en Nouvelle-Aquitaine et en Occitanie ne peuvent plus passer d'appels ni utiliser les données mobiles."),
        ("frandroid.com", "03-05 09:45",
         "Orange en rade à Bordeaux et Toulouse : que se passe-t-il ?",
         "L'opérateur historique reconnaît un incident sur un équipement de cœur de réseau mobile qui prive d'accès une partie de ses clients du Sud-Ouest."),
        ("numerama.com", "03-05 14:10",
         "Orange : la panne du Sud-Ouest est résolue",
         "Après près de six heures d'interruption, le réseau mobile d'Orange est rétabli en Nouvelle-Aquitaine et en Occitanie ; l'opérateur évoque une erreur de configuration."),
    ]),
    # ---------------------------------------------- Orange: another outage, two weeks later, vague about place
    ("orange-panne-appels", "fresh77", [
        ("01net.com", "03-19 17:30",
         "Orange : nouvelle panne, des abonnés privés d'appels",
         "Deux semaines après un premier incident, des clients de l'opérateur signalent de nouveau l'impossibilité de passer des appels depuis la fin d'après-midi."),
        ("bfmtv.com", "03-19 19:00",
         "Appels impossibles chez Orange : l'opérateur évoque un problème sur la voix sur 4G",
         "Les données mobiles fonctionnent, mais les appels échouent : Orange dit travailler au rétablissement du service VoLTE, touché dans plusieurs régions."),
    ]),
    # ---------------------------------------------- Ivanti: March patch
    ("ivanti-patch-mars", "fresh77", [
        ("lemagit.fr", "03-10 16:00",
         "Ivanti corrige une faille critique exploitée dans Connect Secure",
         "L'éditeur publie en urgence un correctif pour une vulnérabilité de débordement de tampon déjà exploitée par des attaquants contre ses passerelles VPN."),
        ("zdnet.fr", "03-10 19:30",
         "Connect Secure : Ivanti colmate une zero-day, le CERT-FR alerte",
         "La vulnérabilité, notée 9,8 sur 10, permet l'exécution de code à distance sans authentification ; le CERT-FR recommande d'appliquer le correctif sans délai."),
    ]),
    # ---------------------------------------------- Ivanti: another patch one month later
    ("ivanti-patch-avril", "fresh77", [
        ("lemagit.fr", "04-09 17:10",
         "Ivanti : nouvelle vulnérabilité critique dans ses passerelles VPN",
         "Un mois après la précédente, l'éditeur corrige une faille d'injection de commandes dans Connect Secure et Policy Secure, exploitée de manière limitée selon lui."),
        ("silicon.fr", "04-10 08:45",
         "Ivanti publie un nouveau correctif d'urgence",
         "La nouvelle faille de Connect Secure touche l'interface d'administration ; Ivanti recommande de ne pas exposer celle-ci sur Internet."),
    ]),
    # ---------------------------------------------- Cdiscount: 2025 annual results
    ("cdiscount-resultats-2025", "fresh77", [
        ("lesechos.fr", "03-11 07:15",
         "Cdiscount renoue avec un excédent brut d'exploitation positif en 2025",
         "Le site de e-commerce du groupe Casino affiche un Ebitda de 45 millions d'euros sur l'exercice, porté par sa marketplace et la publicité, malgré un volume d'affaires en recul de 3 %."),
        ("journaldunet.com", "03-11 12:00",
         "Cdiscount : la marketplace pèse désormais plus de 60 % du volume d'affaires",
         "Les comptes annuels du distributeur bordelais confirment le basculement vers un modèle de place de marché et de services aux vendeurs."),
    ]),
    # ---------------------------------------------- Cdiscount: Q1 2026 sales
    ("cdiscount-t1-2026", "fresh77", [
        ("lesechos.fr", "04-28 07:00",
         "Cdiscount : le volume d'affaires recule de 4 % au premier trimestre",
         "Le site de vente en ligne de Casino souffre de la concurrence des plateformes asiatiques sur le non-alimentaire ; la marketplace résiste mieux que la vente directe."),
        ("latribune.fr", "04-28 10:30",
         "Premier trimestre difficile pour le distributeur bordelais",
         "Le volume d'affaires de Cdiscount s'établit à 720 millions d'euros entre janvier et mars, en baisse de 4 %, selon le chiffre d'affaires publié par Casino."),
    ]),
    # ---------------------------------------------- Vinted: outage on Thursday evening
    ("vinted-panne-jeudi", "fresh77", [
        ("01net.com", "03-12 19:40",
         "Vinted en panne : l'application et le site inaccessibles",
         "Depuis 19 heures, impossible de se connecter à Vinted : des milliers d'utilisateurs signalent des messages d'erreur sur l'application comme sur le site."),
        ("frandroid.com", "03-12 20:15",
         "Panne Vinted : la plateforme de seconde main ne répond plus",
         "Les annonces ne se chargent plus et les messages restent bloqués : Vinted connaît une panne d'ampleur ce jeudi soir en France et en Europe."),
        ("numerama.com", "03-12 21:30",
         "Vinted revient après deux heures de coupure",
         "Le service est progressivement rétabli ; la plateforme présente ses excuses à ses utilisateurs et promet des explications."),
        ("clubic.com", "03-13 09:00",
         "La plateforme lituanienne explique la panne de jeudi soir",
         "Une migration de base de données qui a mal tourné serait à l'origine des deux heures d'indisponibilité ; les transactions en cours n'ont pas été perdues, assure l'entreprise."),
    ]),
    # ---------------------------------------------- Vinted: another outage, Saturday (vague)
    ("vinted-panne-samedi", "fresh77", [
        ("frandroid.com", "03-14 15:10",
         "Vinted de nouveau en panne ce samedi",
         "L'application de revente de vêtements est encore inaccessible pour une partie des utilisateurs, qui ne parviennent plus à finaliser leurs achats."),
        ("01net.com", "03-14 16:00",
         "Vinted : nouvelle coupure, les utilisateurs excédés",
         "Deux jours après une première interruption, le site affiche à nouveau des erreurs ; Vinted évoque cette fois un problème chez son hébergeur."),
    ]),
    # ---------------------------------------------- Clubic weekly Amazon deals post (week 11)
    ("clubic-bons-plans-s11", "fresh77", [
        ("clubic.com", "03-14 10:00",
         "Bons plans Amazon du week-end : notre sélection high-tech",
         "Écouteurs, SSD, aspirateurs robots : les meilleures promotions repérées sur Amazon ce week-end."),
    ]),
    # ---------------------------------------------- Clubic weekly Amazon deals post (week 12)
    ("clubic-bons-plans-s12", "fresh77", [
        ("clubic.com", "03-21 10:00",
         "Bons plans Amazon du week-end : notre sélection high-tech",
         "Smartphones, montres connectées et disques durs : les meilleures promotions repérées sur Amazon ce week-end."),
    ]),
    # ---------------------------------------------- Shein fined by the DGCCRF for fake discounts
    ("shein-amende-dgccrf", "fresh77", [
        ("lesechos.fr", "03-17 06:30",
         "La DGCCRF inflige 40 millions d'euros d'amende à Shein",
         "Le géant chinois de la mode en ligne est sanctionné pour pratiques commerciales trompeuses : de fausses réductions de prix affichées sur son site français."),
        ("numerama.com", "03-17 09:15",
         "Fausses promos : Shein écope d'une amende record en France",
         "Prix de référence gonflés, rabais fictifs : la répression des fraudes a relevé des milliers d'annonces trompeuses sur la plateforme."),
        ("bfmtv.com", "03-17 10:40",
         "Shein sanctionné pour de faux rabais : 40 millions d'euros",
         "Le ministère de l'Économie annonce une transaction avec la plateforme après une enquête de plusieurs mois de la DGCCRF."),
        ("01net.com", "03-17 14:00",
         "Promotions trompeuses : ce que la répression des fraudes reproche à Shein",
         "Prix barrés, comptes à rebours, mentions « -70 % » : on détaille les pratiques relevées par les enquêteurs et ce qu'elles signifient pour les acheteurs."),
        ("journaldunet.com", "03-18 08:30",
         "L'ultra fast fashion chinoise épinglée par Bercy pour ses prix barrés",
         "Le géant de la mode éphémère devra payer 40 millions d'euros pour avoir affiché des réductions fictives, a annoncé la répression des fraudes."),
    ]),
    # ---------------------------------------------- Temu fined by the DGCCRF, three weeks later
    ("temu-amende-dgccrf", "fresh77", [
        ("lesechos.fr", "04-08 07:00",
         "Temu sanctionné à son tour par la DGCCRF",
         "Trois semaines après Shein, la répression des fraudes inflige 22 millions d'euros d'amende à la plateforme de PDD Holdings pour faux avis et fausses urgences."),
        ("numerama.com", "04-08 11:00",
         "Faux avis, comptes à rebours : Temu paie 22 millions d'euros d'amende",
         "Les enquêteurs de Bercy ont relevé des avis clients fabriqués et des minuteurs factices destinés à presser les acheteurs."),
        ("lefigaro.fr", "04-08 16:30",
         "Après Shein, Temu condamné à une amende de 22 millions d'euros en France",
         "La plateforme chinoise a accepté une transaction avec la DGCCRF et s'engage à modifier son interface d'ici l'été."),
    ]),
    # ---------------------------------------------- Shein appeals its fine, seven weeks later
    ("shein-recours-amende", "fresh77", [
        ("latribune.fr", "05-06 09:00",
         "Shein conteste son amende de 40 millions d'euros devant la justice",
         "Le distributeur en ligne a déposé un recours devant le tribunal administratif de Paris contre la sanction prononcée en mars par la DGCCRF, qu'il juge disproportionnée."),
        ("numerama.com", "05-06 12:30",
         "Fausses promos : Shein attaque sa sanction",
         "La plateforme estime que ses prix de référence étaient conformes au droit européen et demande l'annulation de l'amende."),
    ]),
    # ---------------------------------------------- Cdiscount fined for late payment of suppliers
    ("cdiscount-amende-delais", "fresh77", [
        ("journaldunet.com", "04-02 10:00",
         "Délais de paiement : Cdiscount condamné à 2,1 millions d'euros d'amende",
         "La DGCCRF reproche au site de e-commerce bordelais d'avoir réglé ses fournisseurs avec retard à de multiples reprises en 2024."),
        ("latribune.fr", "04-02 14:00",
         "La répression des fraudes sanctionne Cdiscount pour retards de paiement",
         "L'amende administrative de 2,1 millions d'euros sera publiée sur le site de la DGCCRF pendant un an."),
    ]),
    # ---------------------------------------------- Cdiscount: new marketplace rules for non-EU sellers
    ("cdiscount-regles-marketplace", "fresh77", [
        ("journaldunet.com", "04-07 09:00",
         "Cdiscount durcit les règles de sa marketplace pour les vendeurs hors UE",
         "À partir de juin, les vendeurs extra-européens devront désigner un représentant dans l'Union et fournir des preuves de conformité pour chaque catégorie de produits."),
        ("usine-digitale.fr", "04-07 14:00",
         "Marketplace : Cdiscount impose un représentant en Europe aux vendeurs chinois",
         "Le distributeur veut se démarquer de Temu et Shein en promettant des produits contrôlés ; plusieurs milliers de vendeurs sont concernés."),
        ("next.ink", "04-08 10:00",
         "Cdiscount veut faire le ménage parmi ses vendeurs extra-européens",
         "Nouvelles conditions générales, contrôles renforcés et déréférencement des récalcitrants : ce que change la réforme de la place de marché."),
    ]),
    # ---------------------------------------------- Cdiscount: layoffs
    ("cdiscount-departs", "fresh77", [
        ("linforme.com", "05-12 06:00",
         "Cdiscount prépare une nouvelle vague de départs",
         "Selon nos informations, le site de e-commerce bordelais va proposer une rupture conventionnelle collective portant sur environ 180 postes, principalement dans la logistique et le service client."),
        ("latribune.fr", "05-12 10:00",
         "Cdiscount : 180 postes supprimés, selon L'Informé",
         "La filiale de Casino poursuit sa cure d'austérité après un premier trimestre en recul."),
        ("silicon.fr", "05-12 15:00",
         "Layoffs chez Cdiscount",
         "Près de 180 emplois vont disparaître à Bordeaux et dans les entrepôts de la filiale e-commerce de Casino."),
        ("bfmtv.com", "05-13 08:30",
         "Le distributeur bordelais confirme un plan de départs volontaires",
         "La direction a présenté mardi aux syndicats un plan de rupture conventionnelle collective de 180 postes ; les élus dénoncent « une saignée »."),
    ]),
    # ---------------------------------------------- Leboncoin: payment in installments (launch)
    ("leboncoin-paiement-4x", "fresh77", [
        ("frandroid.com", "03-18 09:30",
         "Leboncoin permet désormais de payer en quatre fois",
         "Le paiement fractionné arrive sur les annonces avec paiement sécurisé, pour les achats entre 100 et 3 000 euros."),
    ]),
    # ---------------------------------------------- Leboncoin: data leak
    ("leboncoin-fuite-donnees", "fresh77", [
        ("zdnet.fr", "03-19 10:00",
         "Leboncoin confirme une fuite de données touchant des millions d'utilisateurs",
         "Noms, adresses e-mail et numéros de téléphone ont été dérobés ; la plateforme a notifié la CNIL et prévient ses utilisateurs par e-mail."),
        ("numerama.com", "03-19 11:20",
         "Fuite de données chez Leboncoin : noms, e-mails et numéros dans la nature",
         "Un pirate met en vente sur un forum un fichier présenté comme celui des utilisateurs de Leboncoin ; l'entreprise confirme l'incident."),
        ("lemagit.fr", "03-19 15:40",
         "Leboncoin : l'attaquant est passé par un prestataire de support",
         "Les identifiants d'un sous-traitant du service client auraient permis d'extraire des données de comptes, selon les premiers éléments de l'enquête."),
        ("01net.com", "03-20 08:30",
         "Le site de petites annonces victime d'un piratage : comment vous protéger",
         "Après le vol de données de millions de comptes, voici les réflexes à adopter face aux tentatives d'hameçonnage qui vont suivre."),
    ]),
    # ---------------------------------------------- Leboncoin: a WhatsApp fake-buyer scam, a week later
    ("leboncoin-arnaque-whatsapp", "fresh77", [
        ("01net.com", "03-27 09:00",
         "Arnaque Leboncoin : de faux acheteurs ciblent les vendeurs sur WhatsApp",
         "Des escrocs se font passer pour des acheteurs et envoient un faux lien de « paiement sécurisé » pour voler les coordonnées bancaires des vendeurs."),
        ("numerama.com", "03-27 14:00",
         "Attention à cette arnaque au faux paiement sécurisé sur Leboncoin",
         "La plateforme rappelle qu'elle ne demande jamais de carte bancaire pour recevoir un paiement et qu'il ne faut pas quitter la messagerie du site."),
    ]),
    # ---------------------------------------------- Leboncoin buys a delivery start-up
    ("leboncoin-rachat-trocly", "fresh77", [
        ("lesechos.fr", "04-14 07:00",
         "Leboncoin s'offre la start-up Trocly pour accélérer dans la livraison entre particuliers",
         "Le site d'annonces rachète la jeune pousse nantaise spécialisée dans l'enlèvement d'objets encombrants à domicile, pour un montant non communiqué."),
        ("journaldunet.com", "04-14 11:00",
         "Rachat : Leboncoin met la main sur Trocly",
         "La plateforme veut proposer la livraison de meubles et d'électroménager entre particuliers d'ici à la fin de l'année."),
    ]),
    # ---------------------------------------------- JDN weekly e-commerce roundup (week 12)
    ("jdn-semaine-ecommerce-s12", "fresh77", [
        ("journaldunet.com", "03-20 17:00",
         "E-commerce : ce qu'il fallait retenir cette semaine",
         "L'amende de Shein, la fuite de données de Leboncoin et les pannes de Vinted : l'essentiel de l'actualité du commerce en ligne."),
    ]),
    # ---------------------------------------------- JDN weekly e-commerce roundup (week 13)
    ("jdn-semaine-ecommerce-s13", "fresh77", [
        ("journaldunet.com", "03-27 17:00",
         "E-commerce : ce qu'il fallait retenir cette semaine",
         "La levée de Back Market, l'OPA sur Fnac Darty et une arnaque qui vise les vendeurs de Leboncoin : l'essentiel de l'actualité du commerce en ligne."),
    ]),
    # ---------------------------------------------- Fnac Darty: outcome of Kretinsky's takeover bid
    ("fnac-darty-resultat-opa", "fresh77", [
        ("lesechos.fr", "03-24 07:30",
         "OPA sur Fnac Darty : Daniel Kretinsky obtient plus de 90 % du capital",
         "À l'issue de l'offre publique d'achat, EP Group détient 92,4 % du distributeur et se réserve la possibilité de demander un retrait obligatoire."),
        ("latribune.fr", "03-24 11:00",
         "Fnac Darty passe sous le contrôle de Kretinsky",
         "Le succès de l'OPA donne au milliardaire tchèque les mains libres pour piloter le premier distributeur de produits techniques en France."),
        ("bfmtv.com", "03-24 13:00",
         "Le milliardaire tchèque s'empare du distributeur de la Fnac et de Darty",
         "Son offre a été apportée par la grande majorité des actionnaires ; les syndicats s'inquiètent pour l'avenir des magasins."),
    ]),
    # ---------------------------------------------- Fnac Darty: delisting, six weeks later
    ("fnac-darty-retrait-cote", "fresh77", [
        ("lesechos.fr", "05-04 07:00",
         "Fnac Darty va être retiré de la cote le 12 mai",
         "L'AMF a validé le retrait obligatoire demandé par EP Group, qui indemnisera les derniers actionnaires minoritaires au prix de l'OPA."),
        ("latribune.fr", "05-04 10:00",
         "Fin de parcours boursier pour Fnac Darty, selon Les Echos",
         "Le distributeur quittera la Bourse de Paris la semaine prochaine, après dix-neuf ans de cotation."),
    ]),
    # ---------------------------------------------- Fnac Darty: Q1 sales (single)
    ("fnac-darty-t1", "fresh77", [
        ("lesechos.fr", "04-23 17:45",
         "Fnac Darty : chiffre d'affaires stable au premier trimestre",
         "Le distributeur réalise 1,7 milliard d'euros de ventes entre janvier et mars ; la hausse des services compense la baisse de la micro-informatique."),
    ]),
    # ---------------------------------------------- Back Market funding round
    ("back-market-levee", "fresh77", [
        ("lesechos.fr", "03-25 06:00",
         "Back Market lève 200 millions d'euros et vise la rentabilité",
         "La plateforme française de produits reconditionnés boucle un tour de table mené par un fonds souverain du Golfe, qui la valorise 6 milliards d'euros."),
        ("usine-digitale.fr", "03-25 09:00",
         "Le champion français du reconditionné boucle un tour de table de 200 millions",
         "La licorne parisienne veut développer ses propres ateliers de remise en état et s'étendre en Asie."),
        ("frandroid.com", "03-25 11:00",
         "Back Market lève 200 millions d'euros : ce que ça change pour les acheteurs",
         "Garantie allongée, réparateurs certifiés, nouvelles catégories : la plateforme détaille ce qu'elle compte faire de sa levée de fonds."),
        ("journaldunet.com", "03-25 14:00",
         "Back Market valorisé 6 milliards après une nouvelle levée",
         "La place de marché du reconditionné retrouve sa valorisation de 2022 et affirme être rentable depuis l'automne."),
    ]),
    # ---------------------------------------------- another refurbishment start-up's round, same day
    ("refurbly-levee", "fresh77", [
        ("lesechos.fr", "03-25 07:30",
         "Reconditionné : la lyonnaise Refurbly lève 18 millions d'euros",
         "La start-up, qui remet en état des ordinateurs portables d'entreprise, veut ouvrir un deuxième atelier près de Lille."),
        ("journaldunet.com", "03-25 16:00",
         "Refurbly boucle une série B de 18 millions",
         "Le spécialiste lyonnais du reconditionnement de PC professionnels lève des fonds le même jour que Back Market, mais sur un tout autre modèle."),
    ]),
    # ---------------------------------------------- Back Market changes CEO (single)
    ("back-market-nouveau-dg", "fresh77", [
        ("lesechos.fr", "05-21 07:00",
         "Back Market change de directeur général",
         "Le cofondateur cède les rênes opérationnelles à une ancienne dirigeante de Zalando et reste président du conseil d'administration."),
    ]),
    # ---------------------------------------------- Apple iOS 26.4 release
    ("ios-26-4-sortie", "fresh77", [
        ("frandroid.com", "03-25 18:30",
         "iOS 26.4 est disponible : voici les nouveautés",
         "Apple déploie la mise à jour sur les iPhone compatibles, avec une nouvelle version de Siri, des traductions en direct dans Messages et de nouveaux emojis."),
        ("lesnumeriques.com", "03-25 20:00",
         "Apple lance iOS 26.4 : Siri se met enfin à l'IA générative",
         "La nouvelle version du système mobile d'Apple apporte l'assistant remanié promis depuis deux ans, en français dès le lancement."),
        ("01net.com", "03-26 08:30",
         "Faut-il installer iOS 26.4 ? Ce qui change sur votre iPhone",
         "Siri, Messages, Photos : notre tour d'horizon des nouveautés de la mise à jour déployée mercredi soir par la firme de Cupertino."),
    ]),
    # ---------------------------------------------- iOS 26.4 battery drain bug, five days later
    ("ios-26-4-bug-batterie", "fresh77", [
        ("01net.com", "03-30 10:00",
         "Votre iPhone se vide plus vite depuis la mise à jour ? Vous n'êtes pas seul",
         "De nombreux utilisateurs se plaignent d'une batterie qui fond en quelques heures depuis l'installation de la dernière version d'iOS."),
        ("frandroid.com", "03-30 12:45",
         "iOS 26.4 vide la batterie des iPhone : Apple prépare un correctif",
         "Un processus d'indexation des photos tournerait en boucle après la mise à jour ; Apple a reconnu le problème auprès de plusieurs médias."),
        ("clubic.com", "03-31 09:15",
         "Batterie à plat : Apple publie iOS 26.4.1",
         "La mise à jour corrective règle la surconsommation d'énergie constatée par certains utilisateurs depuis la semaine dernière."),
    ]),
    # ---------------------------------------------- ransomware on the city of Metz
    ("rancongiciel-metz", "fresh77", [
        ("lemagit.fr", "03-30 09:40",
         "Cyberattaque : la ville de Metz touchée par un rançongiciel",
         "Les services de la mairie et de la métropole fonctionnent en mode dégradé depuis samedi ; l'état civil et les inscriptions scolaires sont suspendus."),
        ("zdnet.fr", "03-30 15:00",
         "Metz : la mairie paralysée par une attaque informatique",
         "Le groupe Qilin revendique l'attaque et menace de publier des documents internes de la collectivité."),
    ]),
    # ---------------------------------------------- ransomware on an agglomeration near Tours, three days later
    ("rancongiciel-tours-agglo", "fresh77", [
        ("lemagit.fr", "04-02 11:20",
         "Tours Métropole victime d'un rançongiciel",
         "Trois jours après Metz, une nouvelle collectivité est frappée : les serveurs de Tours Métropole Val de Loire ont été chiffrés dans la nuit."),
        ("01net.com", "04-02 16:40",
         "Une métropole de plus paralysée par des pirates",
         "Les services de la collectivité tourangelle sont coupés ; l'ANSSI accompagne les équipes informatiques pour restaurer les systèmes."),
    ]),
    # ---------------------------------------------- Amazon Haul launches in France
    ("amazon-haul-france", "fresh77", [
        ("frandroid.com", "03-31 09:00",
         "Amazon Haul arrive en France : la réponse d'Amazon à Temu et Shein",
         "Le géant du commerce en ligne lance sa boutique d'articles à petits prix, tous vendus moins de 20 euros et expédiés depuis la Chine."),
        ("numerama.com", "03-31 10:30",
         "Haul : Amazon lance sa boutique à prix cassés en France",
         "Accessible depuis l'application Amazon, la section propose des milliers de produits à moins de 10 euros, livrés en une à deux semaines."),
        ("lesnumeriques.com", "04-01 14:00",
         "On a commandé sur Amazon Haul : des articles à moins de 20 euros, livrés en deux semaines",
         "Coque de téléphone, lampe LED, câbles : nous avons testé la nouvelle boutique à bas prix du géant américain dès son ouverture."),
    ]),
    # ---------------------------------------------- Vinted wallet withdrawals blocked
    ("vinted-porte-monnaie-bloque", "fresh77", [
        ("numerama.com", "04-02 09:30",
         "Vinted : des vendeurs privés de leur argent depuis une semaine",
         "Le porte-monnaie Vinted bloque les retraits vers les comptes bancaires de nombreux vendeurs, qui dénoncent l'absence de réponse du service client."),
        ("bfmtv.com", "04-02 13:00",
         "Porte-monnaie Vinted bloqué : la plateforme évoque un incident chez son prestataire de paiement",
         "Les virements vers les vendeurs sont suspendus en France et en Belgique ; Vinted assure que les fonds ne sont pas perdus."),
        ("01net.com", "04-03 10:00",
         "Vinted : les virements vers les vendeurs rétablis",
         "Les retraits en attente ont été traités dans la nuit, annonce la plateforme, qui promet un geste commercial aux vendeurs concernés."),
    ]),
    # ---------------------------------------------- Bouygues Telecom fined by Arcep (single)
    ("bouygues-arcep-sanction", "fresh77", [
        ("next.ink", "04-03 11:00",
         "L'Arcep sanctionne Bouygues Telecom pour des retards de déploiement en zone rurale",
         "Le régulateur inflige 4 millions d'euros d'amende à l'opérateur, qui n'a pas respecté ses engagements de couverture 4G dans plusieurs départements."),
    ]),
    # ---------------------------------------------- Shein pop-up store in Lille (single)
    ("shein-popup-lille", "fresh77", [
        ("lefigaro.fr", "04-10 12:00",
         "Shein ouvre une boutique éphémère à Lille, sous les huées",
         "Plusieurs dizaines de manifestants ont accueilli l'ouverture du magasin temporaire de la plateforme chinoise dans le centre commercial Euralille."),
    ]),
    # ---------------------------------------------- card payment outage on a Saturday
    ("panne-paiement-carte", "fresh77", [
        ("bfmtv.com", "04-11 12:00",
         "Paiements par carte refusés : une panne perturbe commerces et sites marchands",
         "Depuis la fin de matinée, de nombreux clients ne parviennent plus à régler leurs achats par carte bancaire, en magasin comme en ligne."),
        ("01net.com", "04-11 13:30",
         "Impossible de payer par carte bancaire ? Une panne touche de nombreux commerçants",
         "Les terminaux de paiement affichent des refus en série ; l'incident semble lié à un grand prestataire de traitement des transactions."),
        ("lemondeinformatique.fr", "04-13 09:00",
         "Panne du 11 avril : Worldline met en cause un certificat expiré",
         "Le prestataire de paiement détaille l'incident qui a bloqué des millions de transactions samedi pendant près de trois heures."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #15
    ("next-hebdo-15", "fresh77", [
        ("next.ink", "04-11 08:00",
         "Hebdo #15 : Temu, Ivanti et les grèves chez Amazon",
         "Chaque samedi, notre sélection : l'amende de Temu, la nouvelle faille d'Ivanti et le débrayage dans un entrepôt d'Amazon."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #16
    ("next-hebdo-16", "fresh77", [
        ("next.ink", "04-18 08:00",
         "Hebdo #16 : Vinted, Auchan et la panne de paiement",
         "Chaque samedi, notre sélection : les comptes de Vinted, la fuite de données d'Auchan et le post-mortem de la panne des cartes bancaires."),
    ]),
    # ---------------------------------------------- Colissimo strike
    ("colissimo-greve", "fresh77", [
        ("bfmtv.com", "04-14 09:30",
         "Grève dans les plateformes Colissimo : des colis bloqués",
         "Les agents de plusieurs centres de tri de La Poste ont cessé le travail contre un projet de réorganisation des tournées ; des milliers de colis sont en souffrance."),
        ("lefigaro.fr", "04-14 15:00",
         "Colis en retard : les postiers en grève contre la réorganisation",
         "Les syndicats de La Poste dénoncent la suppression de tournées dans les plateformes de colis de la région parisienne et de Lyon."),
    ]),
    # ---------------------------------------------- Vinted 2025 results
    ("vinted-resultats-2025", "fresh77", [
        ("lesechos.fr", "04-15 06:00",
         "Vinted double son bénéfice et dépasse le milliard d'euros de revenus",
         "La plateforme de seconde main affiche un bénéfice net de 160 millions d'euros en 2025, porté par la France, son premier marché."),
        ("latribune.fr", "04-15 09:30",
         "La plateforme lituanienne de seconde main affiche 30 % de croissance",
         "Le site de revente de vêtements a vu ses revenus bondir l'an dernier, tirés par la publicité et les frais de protection acheteurs."),
        ("journaldunet.com", "04-15 14:00",
         "Vinted : les chiffres clés de 2025",
         "Revenus, bénéfice, nombre de membres, poids de la France : ce qu'il faut retenir des comptes annuels de Vinted."),
    ]),
    # ---------------------------------------------- Mistral AI: Mistral Medium 4
    ("mistral-medium-4", "fresh77", [
        ("usine-digitale.fr", "04-16 09:00",
         "Mistral AI dévoile Mistral Medium 4",
         "La start-up française présente un modèle de taille intermédiaire, multimodal, qu'elle dit au niveau des meilleurs modèles américains pour un coût huit fois moindre."),
        ("numerama.com", "04-16 11:30",
         "Mistral Medium 4 : la pépite française de l'IA muscle son modèle phare",
         "Le nouveau modèle comprend les images et les documents longs ; il est disponible dans Le Chat et via l'API."),
        ("lemondeinformatique.fr", "04-16 15:00",
         "Avec Medium 4, Mistral AI cible les usages en entreprise",
         "Le modèle peut être déployé sur site sur quatre GPU, un argument pour les entreprises soucieuses de souveraineté."),
    ]),
    # ---------------------------------------------- Mistral AI: Devstral 3, three weeks later
    ("mistral-devstral-3", "fresh77", [
        ("usine-digitale.fr", "05-07 09:30",
         "Mistral AI lance Devstral 3, son modèle dédié au code",
         "Le nouveau modèle de Mistral AI, publié en open source, est conçu pour piloter des agents capables de modifier des dépôts de code entiers."),
        ("next.ink", "05-07 14:20",
         "Devstral 3 : Mistral publie un nouveau modèle ouvert pour les développeurs",
         "Sous licence Apache 2.0, le modèle tient sur une seule carte graphique et s'intègre aux principaux éditeurs de code."),
    ]),
    # ---------------------------------------------- Auchan data leak
    ("auchan-fuite-donnees", "fresh77", [
        ("zdnet.fr", "04-16 10:00",
         "Auchan prévient ses clients d'une fuite de données liée à son programme de fidélité",
         "Noms, adresses postales et soldes de cagnotte de titulaires de la carte Waaoh ont été exposés ; aucune donnée bancaire n'est concernée, selon l'enseigne."),
        ("numerama.com", "04-16 12:00",
         "Données des clients Auchan volées : ce qu'il faut savoir",
         "L'enseigne a envoyé un e-mail à ses clients ; voici les informations concernées et les arnaques à redouter."),
        ("bfmtv.com", "04-16 17:00",
         "Le distributeur nordiste victime d'un piratage de ses cartes de fidélité",
         "Plusieurs centaines de milliers de comptes de fidélité seraient concernés par l'intrusion, découverte la semaine dernière."),
    ]),
    # ---------------------------------------------- Darty data leak, two days later
    ("darty-fuite-donnees", "fresh77", [
        ("zdnet.fr", "04-18 09:00",
         "Darty alerte ses clients après des accès frauduleux à leurs comptes",
         "Le distributeur d'électroménager a réinitialisé les mots de passe de plusieurs dizaines de milliers de comptes clients après des connexions suspectes."),
        ("01net.com", "04-18 11:30",
         "Après Auchan, Darty victime d'une fuite de données",
         "Historique d'achats, adresses et numéros de téléphone de clients de l'enseigne ont été consultés par des pirates."),
        ("lemagit.fr", "04-18 16:00",
         "Darty : une attaque par bourrage d'identifiants à l'origine de la fuite",
         "Les attaquants ont réutilisé des couples identifiant-mot de passe issus d'autres fuites ; Darty va généraliser l'authentification à deux facteurs."),
    ]),
    # ---------------------------------------------- Conseil d'État ruling on Amazon France Logistique CNIL fine
    ("amazon-cnil-conseil-etat", "fresh77", [
        ("next.ink", "04-20 10:30",
         "Surveillance des salariés : le Conseil d'État ramène l'amende d'Amazon France Logistique à 15 millions",
         "La haute juridiction administrative confirme l'essentiel des manquements relevés par la CNIL en 2023, mais juge la sanction de 32 millions d'euros disproportionnée."),
        ("lemondeinformatique.fr", "04-20 15:45",
         "Amazon France Logistique obtient une réduction de son amende CNIL",
         "Le suivi à la seconde des scanners des préparateurs de commandes reste jugé illégal, mais le Conseil d'État divise la sanction par deux."),
    ]),
    # ---------------------------------------------- PayPal outage
    ("paypal-panne", "fresh77", [
        ("frandroid.com", "04-20 18:10",
         "PayPal en panne : paiements impossibles en ligne",
         "Depuis 17 heures, les utilisateurs de PayPal ne parviennent plus à régler leurs achats ni à accéder à leur compte, en France comme dans le reste de l'Europe."),
        ("clubic.com", "04-20 20:30",
         "PayPal rétabli après deux heures d'incident",
         "Le service de paiement en ligne fonctionne de nouveau ; PayPal n'a pas encore précisé l'origine de la coupure."),
    ]),
    # ---------------------------------------------- Temu opens its marketplace to French sellers
    ("temu-vendeurs-francais", "fresh77", [
        ("journaldunet.com", "04-21 09:00",
         "Temu ouvre sa place de marché aux vendeurs français",
         "Après l'Allemagne et l'Espagne, la plateforme permet aux commerçants établis en France de vendre sur son site avec des stocks locaux et une livraison en trois jours."),
        ("lesechos.fr", "04-21 11:00",
         "Temu recrute des commerçants tricolores pour raccourcir ses délais",
         "La plateforme chinoise veut s'appuyer sur des entrepôts européens pour échapper aux futurs frais sur les petits colis."),
    ]),
    # ---------------------------------------------- InPost (Mondial Relay's parent) takeover closes
    ("inpost-rachat", "fresh77", [
        ("lesechos.fr", "04-22 07:00",
         "FedEx et Advent finalisent le rachat d'InPost, maison mère de Mondial Relay",
         "L'opération, qui valorise le spécialiste polonais des consignes automatiques à 7,8 milliards d'euros, a reçu le feu vert de Bruxelles."),
        ("latribune.fr", "04-22 10:00",
         "Mondial Relay change de propriétaire",
         "Le réseau de points relais passe sous le contrôle d'un consortium formé par FedEx et le fonds Advent, qui retire InPost de la Bourse d'Amsterdam."),
        ("usine-digitale.fr", "04-22 15:30",
         "Le roi polonais des casiers à colis passe sous pavillon américain",
         "FedEx et Advent prennent le contrôle d'InPost à l'issue de leur offre ; le fondateur reste actionnaire et dirigeant."),
    ]),
    # ---------------------------------------------- France Travail data leak
    ("france-travail-fuite", "fresh77", [
        ("numerama.com", "04-23 10:00",
         "France Travail : une nouvelle fuite de données touche des demandeurs d'emploi",
         "Des identités, adresses et numéros de sécurité sociale de 1,2 million d'inscrits ont été dérobés via le compte d'un conseiller d'une structure partenaire."),
        ("lemagit.fr", "04-23 14:00",
         "France Travail confirme un accès illégitime via un partenaire",
         "L'opérateur public explique que l'attaquant a utilisé les identifiants volés d'un organisme d'insertion pour interroger ses bases."),
        ("bfmtv.com", "04-24 08:00",
         "Fuite chez l'opérateur public de l'emploi : la CNIL saisie",
         "Plus d'un million de personnes inscrites vont recevoir un courrier ; l'organisme a porté plainte."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q1 (single)
    ("stmicro-t1", "fresh77", [
        ("usine-digitale.fr", "04-24 07:30",
         "STMicroelectronics : un premier trimestre encore en repli",
         "Le fabricant franco-italien de semi-conducteurs voit son chiffre d'affaires baisser de 8 %, pénalisé par l'automobile, mais prévoit un rebond au second semestre."),
    ]),
    # ---------------------------------------------- Mondial Relay lockers rollout
    ("mondial-relay-consignes", "fresh77", [
        ("journaldunet.com", "04-24 09:00",
         "Mondial Relay va installer 4 000 consignes automatiques supplémentaires en France",
         "Le réseau de points relais veut doubler son parc de casiers d'ici à la fin 2027, notamment dans les gares et les parkings de supermarchés."),
        ("lesechos.fr", "04-24 12:00",
         "Casiers à colis : Mondial Relay accélère face à Amazon et Vinted",
         "Deux jours après la finalisation du rachat de sa maison mère, le spécialiste du colis annonce un plan d'investissement de 150 millions d'euros."),
    ]),
    # ---------------------------------------------- Frandroid French Days deals post, start
    ("frandroid-french-days-debut", "fresh77", [
        ("frandroid.com", "04-28 08:00",
         "French Days 2026 : les meilleures offres Cdiscount, Fnac et Darty",
         "Smartphones, TV, PC portables : notre sélection des vraies bonnes affaires du premier jour des French Days."),
    ]),
    # ---------------------------------------------- fast fashion malus decree
    ("fast-fashion-decret", "fresh77", [
        ("numerama.com", "04-29 10:00",
         "Loi anti-fast fashion : le décret sur les pénalités est publié",
         "Le texte fixe le malus environnemental applicable aux vêtements de la mode ultra-éphémère à 5 euros par pièce dès le 1er juillet, puis 10 euros en 2030."),
        ("lefigaro.fr", "04-29 16:00",
         "Mode éphémère : le malus environnemental entre en vigueur cet été",
         "Publié au Journal officiel, le décret vise en premier lieu les plateformes chinoises comme Shein et Temu, qui dénoncent une mesure discriminatoire."),
    ]),
    # ---------------------------------------------- Amazon Q1 results
    ("amazon-resultats-t1", "fresh77", [
        ("lesechos.fr", "04-30 21:30",
         "Amazon : le cloud et la publicité portent les résultats du premier trimestre",
         "Le groupe de Seattle dépasse les attentes avec un bénéfice net de 19 milliards de dollars ; AWS accélère grâce à la demande en IA."),
        ("zdnet.fr", "05-01 08:00",
         "AWS accélère : Amazon publie ses comptes du premier trimestre",
         "La division cloud d'Amazon voit son chiffre d'affaires progresser de 19 % sur un an, sa meilleure croissance depuis 2022."),
        ("lemondeinformatique.fr", "05-01 10:00",
         "Résultats T1 2026 : Amazon Web Services progresse de 19 %",
         "Le fournisseur de cloud réalise 34 milliards de dollars de revenus au premier trimestre et annonce de nouveaux investissements dans ses datacenters."),
    ]),
    # ---------------------------------------------- Frandroid French Days deals post, end
    ("frandroid-french-days-fin", "fresh77", [
        ("frandroid.com", "05-05 08:00",
         "French Days 2026 : dernières heures pour profiter des offres",
         "Il ne reste que quelques heures : voici les promotions encore disponibles chez Cdiscount, Fnac, Darty et Amazon."),
    ]),
    # ---------------------------------------------- Free Mobile new plan (single)
    ("free-mobile-forfait", "fresh77", [
        ("lesnumeriques.com", "05-05 10:30",
         "Free Mobile lance un forfait 5G de 350 Go à 15,99 euros",
         "L'opérateur de Xavier Niel dégaine une nouvelle offre sans engagement, avec l'itinérance incluse dans 80 pays."),
    ]),
    # ---------------------------------------------- Cdiscount French Days sales record
    ("cdiscount-french-days-record", "fresh77", [
        ("journaldunet.com", "05-06 09:00",
         "French Days : Cdiscount revendique un record de commandes",
         "Le site bordelais annonce 2,3 millions de commandes pendant l'opération commerciale, en hausse de 12 % sur un an, tirées par la télévision et le petit électroménager."),
        ("latribune.fr", "05-06 12:30",
         "Cdiscount sort gagnant de l'opération commerciale de printemps",
         "Le distributeur, en difficulté au premier trimestre, se félicite d'une édition record des French Days, sans préciser le chiffre d'affaires réalisé."),
    ]),
    # ---------------------------------------------- Amazon opens a robotised warehouse in Isère
    ("amazon-entrepot-isere", "fresh77", [
        ("usine-digitale.fr", "05-12 09:00",
         "Amazon inaugure un entrepôt robotisé à Saint-Quentin-Fallavier",
         "Le nouveau centre de distribution de l'Isère, équipé de 3 000 robots mobiles, doit employer 1 200 personnes à terme."),
        ("lefigaro.fr", "05-12 13:00",
         "Isère : Amazon ouvre un centre de distribution de 1 200 emplois",
         "Le géant américain met en service son plus grand site logistique du sud-est de la France, au cœur de la plaine de l'Isle-d'Abeau."),
        ("latribune.fr", "05-12 16:00",
         "Robots et préparateurs : visite du nouvel entrepôt d'Amazon près de Lyon",
         "Le site de Saint-Quentin-Fallavier, inauguré mardi, illustre la stratégie d'automatisation du groupe."),
    ]),
    # ---------------------------------------------- Amazon drops a warehouse project in Alsace, two days later
    ("amazon-entrepot-alsace-abandon", "fresh77", [
        ("lesechos.fr", "05-14 08:00",
         "Amazon renonce à son projet d'entrepôt en Alsace",
         "Face à l'opposition des riverains et à un recours d'associations environnementales, le groupe abandonne le site de 150 000 mètres carrés prévu près de Colmar."),
        ("bfmtv.com", "05-14 12:00",
         "Le géant du e-commerce jette l'éponge dans le Haut-Rhin",
         "Le projet de plateforme logistique, contesté depuis trois ans, ne verra pas le jour, a confirmé la préfecture."),
    ]),
    # ---------------------------------------------- EU small parcels fee
    ("petits-colis-frais", "fresh77", [
        ("lesechos.fr", "05-13 07:30",
         "Petits colis : les Vingt-Sept s'accordent sur des frais de 2 euros",
         "Les ministres des Finances de l'Union ont adopté des frais de traitement sur chaque colis de moins de 150 euros importé, applicables dès le 1er juillet."),
        ("bfmtv.com", "05-13 11:00",
         "Shein, Temu : vos colis vont coûter 2 euros de plus",
         "L'Union européenne a acté la fin de l'exonération des petits colis venus de Chine, une mesure qui vise directement les plateformes asiatiques."),
        ("01net.com", "05-14 09:00",
         "Frais sur les petits colis : ce qui change pour vos commandes",
         "Qui paiera, quels produits sont concernés, à partir de quand : on fait le point sur la nouvelle taxe européenne."),
    ]),
    # ---------------------------------------------- Vinted Go lockers (single)
    ("vinted-go-casiers", "fresh77", [
        ("frandroid.com", "05-15 10:00",
         "Vinted Go déploie ses propres casiers à colis en France",
         "La filiale logistique de Vinted installe 1 500 lockers en Île-de-France et à Lyon d'ici à l'été, pour réduire ses coûts de livraison."),
    ]),
    # ---------------------------------------------- Vinted charges professional sellers
    ("vinted-frais-pros", "fresh77", [
        ("numerama.com", "05-19 10:00",
         "Vinted va faire payer les vendeurs professionnels",
         "À partir du 1er juillet, les comptes Vinted Pro paieront une commission de 5 % sur chaque vente, en plus des frais de protection facturés aux acheteurs."),
        ("frandroid.com", "05-19 12:00",
         "Vinted Pro : ce qui change pour les vendeurs à partir de juillet",
         "Commission, seuils, statut : tout savoir sur les nouvelles conditions imposées aux professionnels de la plateforme."),
        ("01net.com", "05-20 08:00",
         "Commission Vinted : la plateforme précise ses nouvelles règles",
         "Les particuliers restent exemptés, mais les vendeurs dépassant 30 ventes par an devront justifier de leur statut."),
    ]),
    # ---------------------------------------------- Google I/O: Gemini model
    ("google-io-gemini", "fresh77", [
        ("numerama.com", "05-19 18:30",
         "Google I/O : Gemini 3.5 Pro, le nouveau modèle de Google",
         "En ouverture de sa conférence annuelle, Google a présenté un modèle capable de raisonner sur des vidéos d'une heure et de piloter le navigateur Chrome."),
        ("01net.com", "05-19 20:10",
         "Gemini 3.5 : Google répond à OpenAI",
         "Le nouveau modèle de Google est disponible dès aujourd'hui dans l'application Gemini pour les abonnés payants."),
        ("usine-digitale.fr", "05-20 08:00",
         "Avec Gemini 3.5, Google muscle son offre d'agents pour les entreprises",
         "Le modèle présenté à la Google I/O arrive dans Vertex AI et Workspace ; les tarifs de l'API baissent de 30 %."),
    ]),
    # ---------------------------------------------- Google I/O: Android XR glasses (same keynote, other product)
    ("google-io-lunettes", "fresh77", [
        ("frandroid.com", "05-19 19:00",
         "Google I/O : les lunettes Android XR arrivent en septembre",
         "Google a dévoilé lors de sa keynote ses lunettes connectées conçues avec Samsung et Gentle Monster, annoncées à partir de 499 dollars."),
        ("lesnumeriques.com", "05-20 09:30",
         "On a essayé les lunettes Android XR de Google",
         "Traduction en direct, navigation, photos : nos premières impressions sur les lunettes présentées mardi à Mountain View."),
    ]),
    # ---------------------------------------------- SNCF Connect outage (single)
    ("sncf-connect-panne", "fresh77", [
        ("bfmtv.com", "05-22 07:45",
         "SNCF Connect en panne au moment de l'ouverture des ventes de l'été",
         "L'application et le site de la SNCF sont inaccessibles depuis 6 heures, jour de l'ouverture des réservations pour les vacances d'été."),
    ]),
    # ---------------------------------------------- Temu fined under the DSA by the European Commission
    ("temu-amende-dsa", "fresh77", [
        ("lesechos.fr", "05-26 12:00",
         "DSA : la Commission européenne inflige une amende de 300 millions d'euros à Temu",
         "Bruxelles reproche à la plateforme de ne pas avoir évalué ni limité les risques liés à la vente de produits illégaux et dangereux."),
        ("next.ink", "05-26 14:00",
         "Produits illicites : Temu sanctionné au titre du DSA",
         "Première amende prononcée contre une place de marché en vertu du règlement sur les services numériques ; Temu a trois mois pour se mettre en conformité."),
        ("numerama.com", "05-26 16:00",
         "Bruxelles frappe Temu au portefeuille",
         "Jouets dangereux, cosmétiques interdits : l'enquête ouverte en 2024 débouche sur une amende de 300 millions d'euros."),
    ]),
    # ---------------------------------------------- Qonto (single, non-theme)
    ("qonto-licence-bancaire", "fresh77", [
        ("lesechos.fr", "03-09 07:00",
         "Qonto obtient enfin sa licence bancaire",
         "La néobanque des PME a reçu le feu vert de la BCE et pourra proposer des crédits à ses 600 000 clients à partir de l'automne."),
    ]),
    # ---------------------------------------------- Darty Max subscription extended (single)
    ("darty-max-smartphones", "fresh77", [
        ("clubic.com", "03-26 11:00",
         "Darty Max couvre désormais les smartphones",
         "L'abonnement de réparation du distributeur s'étend aux téléphones, pour 4,99 euros de plus par mois, écran cassé compris."),
    ]),
    # ---------------------------------------------- Amazon Prime price rise in France (single)
    ("amazon-prime-hausse", "fresh77", [
        ("lesnumeriques.com", "04-03 09:15",
         "Amazon Prime augmente son prix en France",
         "L'abonnement passe de 69,90 à 79,90 euros par an à partir de mai ; les clients actuels seront concernés à leur prochain renouvellement."),
    ]),
    # ---------------------------------------------- Clubic weekly Amazon deals post (week 20)
    ("clubic-bons-plans-s20", "fresh77", [
        ("clubic.com", "05-16 10:00",
         "Bons plans Amazon du week-end : notre sélection high-tech",
         "Casques audio, tablettes et chargeurs : les meilleures promotions repérées sur Amazon ce week-end."),
    ]),
    # ---------------------------------------------- UFC-Que Choisir test of products bought on Temu and Shein (single)
    ("ufc-tests-temu-shein", "fresh77", [
        ("lefigaro.fr", "05-15 07:00",
         "Jouets, chargeurs : deux produits sur trois achetés sur Temu et Shein non conformes, selon l'UFC-Que Choisir",
         "L'association de consommateurs a fait analyser 80 articles commandés sur les deux plateformes ; elle demande leur déréférencement."),
    ]),
    # ---------------------------------------------- interview of Leboncoin's CEO (single)
    ("leboncoin-entretien-dg", "fresh77", [
        ("journaldunet.com", "05-27 08:00",
         "« Nous voulons être le réflexe de la seconde main » : entretien avec le patron de Leboncoin",
         "Livraison, paiement, annonces immobilières : le directeur général du site d'annonces détaille sa feuille de route."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
