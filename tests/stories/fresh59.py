"""The 59th fresh labelled set of French tech-news articles, mostly telecom operators, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh59".
Positives: titles sharing almost no word with the rest of their event (« Vous n'arrivez plus à
appeler ? », « Le marché français pourrait repasser à trois opérateurs », « Client Orange ?
Méfiez-vous des faux SMS »); articles naming the firm or the regulator only by periphrasis
(« l'opérateur historique », « l'opérateur au carré rouge », « le gendarme des télécoms »,
« la filiale télécoms de Martin Bouygues », « le groupe de Xavier Niel »); an English word title
(« Layoffs chez SFR »); syndicated pieces (« selon L'Informé », « selon Les Echos »); quotes as
titles; explainers (« ce qui change », « comment résilier »); a hands-on test two days after a
launch; post-mortems and terse follow-ups the next day (« le réseau est rétabli », « Free corrige
le bug »); unions' reaction to a layoff plan; a results article titled on the CEO's quote about
another subject (SFR); digits vs words (« 1 200 » / « plus d'un millier », « 650 » / « environ 650 »).
Hard negatives: Orange's national mobile outage vs its fibre outage in the Sud-Est eight days
later (the later one vague about place in one article); SFR's layoff plan vs the strike against it
vs the signing of the agreement a month later; the three-operator offer for SFR vs Altice's
exclusive talks a month later; ARCEP's 26 GHz award vs its 6 GHz consultation; ARCEP's mobile
quality survey vs the nPerf barometer; Free Mobile's new 5G plan vs its price rise on the old plan;
the Freebox Ultra 2 launch vs the update that « coupe le Wi-Fi » a week later; the Bbox outage vs
Bouygues' mobile outage a week later; the CNIL fine on Bouygues Telecom vs its appeal two months
later; Orange's data breach vs Free's two days later (« Après Orange, Free... »); Orange's 5G SA
launch vs SFR's a week later; Orange Business layoffs vs the strike a week later vs Orange's shop
closures; Orange's 2G switch-off vs SFR's 3G switch-off; two telecom start-ups' funding rounds on
one day; Brussels' approval of the MasOrange buy-out vs its closing; the SFR–Free court ruling vs
Bouygues suing Free; ARCEP's formal notice to Orange on copper vs a copper-closure batch; operators'
results one after another (Orange, Bouygues Telecom, Altice France, Iliad); Mediterranean cable cuts
vs a cut fibre cable in the Var; weekly deals posts and weekly roundups (never across weeks);
Patch Tuesday January vs February; Fortinet's two patches a month apart; iOS 26.3 vs its battery bug;
Galaxy S26 vs Galaxy Buds 4 at one keynote; two hospital ransomware attacks; a Mistral AI model vs
its data-centre inauguration; Free Mobile's regional outage vs Bouygues' mobile outage; Free's price
rise vs Bouygues' B&You price rise a month later (« Un mois après Free »); SFR's SMS glitch vs the
other operator outages; Iliad's results vs the SFR sale it talks about.
`build` fixes the year 2026; times are UTC, January to March 2026.

Held out: measured once, on the code that lands at the end of stop 27: precision 1.000, recall 0.820 (1.000 /
0.812 on 13a24e1, the code that landed at stop 26); totals measured part-way too, on 7a21257: 1.000 / 0.820;
nothing was written for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Free Mobile launches a new 5G plan
    ("free-mobile-forfait-250go", "fresh59", [
        ("universfreebox.com", "01-06 08:15",
         "Exclu : voici le nouveau forfait Free Mobile 5G 250 Go",
         "Free lance ce mardi un forfait 5G de 250 Go à 9,99 euros par mois la première année, sans engagement, puis 19,99 euros."),
        ("frandroid.com", "01-06 09:40",
         "Free Mobile lance un forfait 5G à 9,99 € avec 250 Go",
         "L'opérateur de Xavier Niel dégaine une nouvelle offre sans engagement, à prix cassé pendant douze mois."),
        ("lesnumeriques.com", "01-06 13:05",
         "Free casse (encore) les prix du mobile pour bien commencer l'année",
         "250 Go de données en 5G, appels illimités et roaming en Europe : la nouvelle série limitée de Free affole la concurrence."),
    ]),
    # ---------------------------------------------- SFR's layoff plan (RCC), revealed by L'Informé
    ("sfr-rcc-1200", "fresh59", [
        ("linforme.com", "01-07 06:15",
         "SFR prépare un nouveau plan de départs de 1 200 postes",
         "Selon nos informations, Altice France s'apprête à présenter aux syndicats une rupture conventionnelle collective visant environ 1 200 postes chez SFR."),
        ("lesechos.fr", "01-07 09:30",
         "Altice France veut encore réduire les effectifs de SFR",
         "Le groupe de Patrick Drahi présentera fin janvier un plan de départs volontaires portant sur plus d'un millier de postes, d'après L'Informé."),
        ("zdnet.fr", "01-07 11:00",
         "Layoffs chez SFR : 1 200 postes menacés",
         "L'opérateur au carré rouge chercherait à se séparer de 1 200 salariés, principalement dans les boutiques et les centres d'appels."),
        ("lemondeinformatique.fr", "01-07 14:20",
         "SFR confirme une RCC portant sur 1 200 postes",
         "Altice France a confirmé l'information de L'Informé : la rupture conventionnelle collective concernera 1 200 postes, soit près de 15 % des effectifs."),
        ("bfmtv.com", "01-08 07:30",
         "Plan social chez SFR : les syndicats dénoncent « une saignée »",
         "Au lendemain de l'annonce de 1 200 suppressions de postes, la CFDT et l'Unsa réclament des garanties sur les reclassements."),
    ]),
    # ---------------------------------------------- Health Data Hub picks a SecNumCloud host
    ("health-data-hub-secnumcloud", "fresh59", [
        ("lemagit.fr", "01-09 09:15",
         "Le Health Data Hub quitte Azure pour un cloud qualifié SecNumCloud",
         "La plateforme des données de santé retient un hébergeur français qualifié par l'ANSSI ; la migration doit s'achever en 2027."),
    ]),
    # ---------------------------------------------- Capgemini buys an AI consultancy
    ("capgemini-rachat-ia", "fresh59", [
        ("lemondeinformatique.fr", "01-08 10:10",
         "Capgemini s'offre le cabinet néerlandais DataMinds",
         "L'ESN française rachète le spécialiste de l'IA générative DataMinds, qui compte 900 consultants aux Pays-Bas et en Allemagne."),
        ("lesechos.fr", "01-08 17:45",
         "IA : Capgemini poursuit ses emplettes aux Pays-Bas",
         "Le géant français des services informatiques met la main sur DataMinds pour environ 400 millions d'euros."),
    ]),
    # ---------------------------------------------- Eutelsat closes its capital increase
    ("eutelsat-augmentation-capital", "fresh59", [
        ("lesechos.fr", "01-12 07:15",
         "Eutelsat boucle son augmentation de capital de 1,5 milliard d'euros",
         "L'État français devient le premier actionnaire de l'opérateur de satellites, avec près de 30 % du capital, devant Bharti."),
        ("latribune.fr", "01-12 09:40",
         "OneWeb : l'État au chevet d'Eutelsat",
         "La levée de 1,5 milliard d'euros est bouclée ; elle doit financer le renouvellement de la constellation en orbite basse OneWeb."),
        ("usine-digitale.fr", "01-12 12:00",
         "Souveraineté spatiale : l'opérateur satellitaire français a levé 1,5 milliard",
         "L'augmentation de capital d'Eutelsat, souscrite par l'Agence des participations de l'État, est finalisée."),
    ]),
    # ---------------------------------------------- Patch Tuesday January
    ("patch-tuesday-janvier", "fresh59", [
        ("lemondeinformatique.fr", "01-13 19:20",
         "Patch Tuesday de janvier : Microsoft corrige 98 vulnérabilités",
         "Le premier lot de correctifs de l'année comble 98 failles, dont trois zero-day dans Hyper-V déjà exploitées."),
        ("zdnet.fr", "01-13 21:10",
         "Microsoft : trois failles zero-day corrigées en janvier",
         "La mise à jour de sécurité mensuelle de Microsoft colmate 98 vulnérabilités, dont trois activement exploitées."),
    ]),
    # ---------------------------------------------- Orange national mobile outage (voice/SMS)
    ("orange-panne-mobile-nationale", "fresh59", [
        ("bfmtv.com", "01-14 07:50",
         "Panne géante chez Orange : impossible de passer des appels depuis ce matin",
         "Depuis l'aube, de nombreux abonnés mobiles d'Orange ne parviennent plus à téléphoner ni à envoyer de SMS, partout en France."),
        ("01net.com", "01-14 08:30",
         "Orange en panne : les appels et SMS ne passent plus, ce que l'on sait",
         "L'opérateur historique reconnaît un incident sur son cœur de réseau mobile qui empêche les appels ; l'Internet mobile fonctionne en partie."),
        ("frandroid.com", "01-14 09:15",
         "Vous n'arrivez plus à appeler ? Vous n'êtes pas seul",
         "Des milliers de signalements sur Downdetector depuis 6 heures : le réseau mobile de l'opérateur historique est perturbé dans tout le pays."),
        ("lefigaro.fr", "01-14 12:40",
         "« On ne pouvait même plus joindre le 112 » : la panne d'Orange inquiète",
         "Les numéros d'urgence ont été difficilement joignables pendant plusieurs heures pour les clients d'Orange, suscitant la colère des élus."),
        ("numerama.com", "01-14 15:10",
         "Panne Orange : le réseau est rétabli",
         "Après près de huit heures d'interruption, Orange annonce que les appels fonctionnent à nouveau pour l'ensemble de ses clients mobiles."),
        ("lemagit.fr", "01-15 09:00",
         "Panne d'Orange : une mise à jour logicielle du cœur de réseau en cause",
         "L'opérateur détaille l'origine de l'incident de la veille : une mise à jour défectueuse d'un serveur de gestion des abonnés a bloqué les appels voix."),
    ]),
    # ---------------------------------------------- CNIL fines Bouygues Telecom
    ("cnil-amende-bouygues-telecom", "fresh59", [
        ("numerama.com", "01-15 10:00",
         "La CNIL inflige 15 millions d'euros d'amende à Bouygues Telecom",
         "Le gendarme des données personnelles sanctionne l'opérateur pour des failles de sécurité ayant permis la fuite des données de 6,4 millions de clients en 2025."),
        ("next.ink", "01-15 11:20",
         "Fuite de données : Bouygues Telecom sanctionné par la CNIL",
         "La formation restreinte de la CNIL prononce une amende de 15 millions d'euros et une injonction de renforcer l'authentification des prestataires."),
        ("zdnet.fr", "01-15 15:40",
         "Sanction record pour un opérateur : ce que la CNIL reproche à Bouygues",
         "Mots de passe partagés, journaux absents, accès trop larges : le détail de la délibération qui vaut 15 millions d'euros d'amende à l'opérateur."),
    ]),
    # ---------------------------------------------- weekly deals post, week 3
    ("clubic-forfaits-s03", "fresh59", [
        ("clubic.com", "01-16 07:00",
         "Forfaits mobiles : les meilleures offres sans engagement de la semaine",
         "Free, Bouygues, RED by SFR et Sosh : notre sélection des forfaits les moins chers du moment, de 5 à 200 Go."),
    ]),
    # ---------------------------------------------- weekly telecom roundup, week 3
    ("jdn-essentiel-telecoms-s03", "fresh59", [
        ("journaldunet.com", "01-16 17:00",
         "Télécoms : l'essentiel de la semaine",
         "La panne géante d'Orange, l'amende de la CNIL contre Bouygues Telecom et le plan de départs de SFR : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Starlink subscribers in France
    ("starlink-abonnes-france", "fresh59", [
        ("frandroid.com", "01-19 10:30",
         "Starlink revendique 150 000 abonnés en France",
         "L'Internet par satellite de SpaceX a doublé sa base d'abonnés français en un an, porté par les zones rurales mal desservies par la fibre."),
    ]),
    # ---------------------------------------------- OVHcloud Q1 revenue
    ("ovhcloud-t1-exercice-2026", "fresh59", [
        ("lemagit.fr", "01-20 07:30",
         "OVHcloud : chiffre d'affaires en hausse de 9 % au premier trimestre",
         "L'hébergeur roubaisien publie un chiffre d'affaires trimestriel de 283 millions d'euros, tiré par le cloud public."),
        ("silicon.fr", "01-20 11:00",
         "Le champion français du cloud accélère sur le cloud public",
         "OVHcloud affiche une croissance de 9 % sur le premier trimestre de son exercice 2026 et confirme ses objectifs annuels."),
    ]),
    # ---------------------------------------------- nPerf barometer (not ARCEP)
    ("nperf-barometre-2025", "fresh59", [
        ("frandroid.com", "01-20 14:00",
         "Baromètre nPerf 2025 : Orange reste le meilleur réseau mobile",
         "Selon les mesures réalisées par les utilisateurs de l'application nPerf, Orange devance Bouygues Telecom, SFR et Free en débit comme en latence."),
    ]),
    # ---------------------------------------------- Orange launches consumer 5G SA
    ("orange-5g-sa-grand-public", "fresh59", [
        ("frandroid.com", "01-21 09:00",
         "Orange lance la 5G SA pour le grand public",
         "La 5G « autonome », sans cœur de réseau 4G, arrive chez les abonnés Orange en option à 4 euros par mois, sur une sélection de smartphones récents."),
        ("lesnumeriques.com", "01-21 11:45",
         "5G+ chez Orange : ce qui change pour les abonnés",
         "Latence plus faible, autonomie préservée, compatibilité : tout savoir sur l'option 5G+ que l'opérateur active dès aujourd'hui."),
        ("01net.com", "01-21 15:00",
         "L'opérateur historique active la « vraie 5G »",
         "Découpage du réseau et latence réduite : Orange ouvre à ses clients la 5G stand-alone, jusque-là réservée aux entreprises."),
    ]),
    # ---------------------------------------------- strike at SFR against the plan
    ("sfr-greve-rcc", "fresh59", [
        ("next.ink", "01-22 10:30",
         "Grève chez SFR contre la rupture conventionnelle collective",
         "À l'appel de l'intersyndicale, des salariés de SFR ont cessé le travail jeudi dans les boutiques et les centres d'appels pour protester contre le plan de 1 200 départs."),
        ("lefigaro.fr", "01-22 16:00",
         "SFR : premier mouvement de grève depuis 2021",
         "Plusieurs centaines de salariés de l'opérateur ont débrayé ce jeudi devant le siège de Saint-Denis, à l'appel de quatre syndicats."),
    ]),
    # ---------------------------------------------- Orange fibre outage in the Sud-Est (cut cable)
    ("orange-panne-fibre-sud-est", "fresh59", [
        ("clubic.com", "01-22 18:20",
         "Nouvelle panne chez Orange : la fibre coupée dans le Sud-Est",
         "Une semaine après la panne mobile, des abonnés Livebox de Provence et de la Côte d'Azur sont privés d'Internet depuis la fin d'après-midi."),
        ("01net.com", "01-22 19:45",
         "Orange : Internet ne fonctionne plus chez de nombreux abonnés",
         "L'opérateur confirme un incident sur son réseau fixe ; un câble de fibre optique aurait été sectionné lors de travaux."),
        ("bfmtv.com", "01-23 08:10",
         "Panne de la fibre Orange dans le Var et les Alpes-Maritimes : la connexion revient",
         "Le câble sectionné près de Toulon a été réparé dans la nuit, indique Orange, qui a rétabli l'accès de ses 90 000 clients touchés."),
    ]),
    # ---------------------------------------------- weekly deals post, week 4
    ("clubic-forfaits-s04", "fresh59", [
        ("clubic.com", "01-23 07:00",
         "Forfaits mobiles : les meilleures offres sans engagement de la semaine",
         "B&You, Free, Cdiscount Mobile et Sosh : notre sélection des forfaits les moins chers du moment, de 10 à 250 Go."),
    ]),
    # ---------------------------------------------- weekly telecom roundup, week 4
    ("jdn-essentiel-telecoms-s04", "fresh59", [
        ("journaldunet.com", "01-23 17:00",
         "Télécoms : l'essentiel de la semaine",
         "La 5G SA d'Orange, la grève chez SFR et la nouvelle panne de la fibre Orange : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence fines Google
    ("adlc-amende-google", "fresh59", [
        ("lefigaro.fr", "01-26 16:30",
         "L'Autorité de la concurrence inflige 150 millions d'euros d'amende à Google",
         "Le gendarme de la concurrence reproche au moteur de recherche d'avoir favorisé ses propres services dans les résultats de Google Shopping."),
    ]),
    # ---------------------------------------------- Freebox Ultra 2 launch
    ("freebox-ultra-2-lancement", "fresh59", [
        ("universfreebox.com", "01-27 10:00",
         "Freebox Ultra 2 : Free dévoile sa nouvelle box Wi-Fi 7 à 8 Gbit/s",
         "Xavier Niel a présenté mardi la nouvelle Freebox, qui intègre un répéteur Wi-Fi 7 et un disque de 1 To, à 49,99 euros par mois."),
        ("frandroid.com", "01-27 11:30",
         "Free lance sa Freebox Ultra 2 : prix, débits, tout savoir",
         "Fibre 8 Gbit/s symétrique, Wi-Fi 7, player 4K : voici tout ce qu'il faut savoir sur la nouvelle offre haut de gamme de Free."),
        ("numerama.com", "01-27 15:00",
         "Nouvelle box : l'opérateur de Xavier Niel mise tout sur le Wi-Fi 7",
         "Le fournisseur d'accès présente une box plus compacte, un répéteur inclus et un prix inchangé pour les nouveaux abonnés."),
        ("lesnumeriques.com", "01-29 09:00",
         "Test Freebox Ultra 2 : la meilleure box du marché ?",
         "Nous avons installé la nouvelle box de Free pendant 48 heures : débits, Wi-Fi 7, player TV, voici notre verdict."),
    ]),
    # ---------------------------------------------- Apple iOS 26.3
    ("apple-ios-26-3", "fresh59", [
        ("frandroid.com", "01-28 19:30",
         "iOS 26.3 est disponible : voici les nouveautés",
         "Apple déploie iOS 26.3 avec le transfert simplifié vers Android exigé par le DMA et de nouveaux fonds d'écran."),
        ("01net.com", "01-28 21:00",
         "Apple publie iOS 26.3, une mise à jour à faire rapidement",
         "La nouvelle version du système de l'iPhone corrige une dizaine de failles, dont une dans WebKit déjà exploitée."),
    ]),
    # ---------------------------------------------- ARCEP mobile quality survey
    ("arcep-qualite-mobile-2025", "fresh59", [
        ("frandroid.com", "01-29 09:30",
         "Qualité des réseaux mobiles : Orange toujours en tête, Free progresse, selon l'Arcep",
         "L'enquête annuelle du régulateur, menée sur 1 million de mesures, place Orange devant SFR et Bouygues Telecom ; Free réduit l'écart."),
        ("lesnumeriques.com", "01-29 12:10",
         "Enquête annuelle du gendarme des télécoms : qui a le meilleur réseau mobile ?",
         "Appels, SMS, débits, zones rurales et trains : les résultats de la campagne de mesures 2025 de l'Arcep opérateur par opérateur."),
    ]),
    # ---------------------------------------------- SFR launches 5G SA a week after Orange
    ("sfr-5g-sa", "fresh59", [
        ("frandroid.com", "01-29 10:00",
         "SFR lance à son tour la 5G SA, sans supplément",
         "Une semaine après Orange, l'opérateur au carré rouge active la 5G stand-alone pour ses abonnés Premium, sans option payante."),
        ("clubic.com", "01-29 14:00",
         "5G SA : SFR répond à Orange",
         "SFR ouvre la 5G autonome dans quinze grandes villes et promet une couverture nationale d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q4 results
    ("stmicro-resultats-t4", "fresh59", [
        ("usine-digitale.fr", "01-29 08:00",
         "STMicroelectronics : le chiffre d'affaires rebondit au quatrième trimestre",
         "Le fabricant franco-italien de semi-conducteurs renoue avec la croissance grâce à l'automobile et prévoit un premier trimestre stable."),
        ("latribune.fr", "01-29 12:30",
         "Puces : le groupe franco-italien voit le bout du tunnel",
         "STMicroelectronics affiche des ventes de 3,5 milliards de dollars au dernier trimestre 2025, au-dessus du consensus."),
    ]),
    # ---------------------------------------------- copper closure: batch of communes
    ("orange-fermeture-cuivre-lot", "fresh59", [
        ("zdnet.fr", "01-30 09:00",
         "Fin du cuivre : Orange coupe l'ADSL dans 160 communes supplémentaires",
         "Un nouveau lot de la fermeture technique du réseau cuivre prend effet ce week-end ; les abonnés restants doivent avoir basculé vers la fibre."),
        ("01net.com", "01-30 12:00",
         "L'ADSL, c'est fini pour des milliers de foyers ce samedi",
         "Dans 160 communes, l'opérateur historique débranche définitivement les lignes téléphoniques en cuivre : voici comment savoir si vous êtes concerné."),
    ]),
    # ---------------------------------------------- three operators' offer for SFR
    ("sfr-offre-trois-operateurs", "fresh59", [
        ("lesechos.fr", "02-02 06:00",
         "Bouygues, Free et Orange déposent une nouvelle offre pour SFR",
         "Les trois opérateurs proposent 17,5 milliards d'euros à Altice pour se partager les actifs de l'opérateur au carré rouge."),
        ("latribune.fr", "02-02 08:45",
         "Rachat de SFR : le trio Bouygues-Iliad-Orange repasse à l'offensive",
         "Une offre ferme a été remise à Patrick Drahi ce week-end ; elle prévoit un démantèlement des activités grand public et entreprises de SFR."),
        ("bfmtv.com", "02-02 10:00",
         "17,5 milliards pour SFR : que deviendraient vos forfaits ?",
         "Si l'offre des trois concurrents aboutit, les clients de SFR seraient répartis entre Bouygues Telecom, Free et Orange. Explications."),
        ("01net.com", "02-02 13:15",
         "Le marché français pourrait repasser à trois opérateurs",
         "La proposition conjointe déposée par ses trois concurrents ouvrirait la voie à une consolidation que Bruxelles a toujours redoutée, selon Les Echos."),
    ]),
    # ---------------------------------------------- Free raises its old plan's price
    ("free-mobile-hausse-prix", "fresh59", [
        ("01net.com", "02-03 10:00",
         "Free augmente le prix de son forfait historique de 2 euros",
         "Les abonnés au Forfait Free 5G passeront de 19,99 à 21,99 euros par mois à partir d'avril, en échange de 50 Go supplémentaires."),
        ("clubic.com", "02-03 14:30",
         "Hausse de prix chez Free Mobile : comment résilier sans frais",
         "Les clients concernés par l'augmentation de 2 euros peuvent partir sans pénalité pendant quatre mois, rappelle la réglementation."),
        ("universfreebox.com", "02-04 08:00",
         "Free Mobile justifie la hausse par ses investissements dans la 5G",
         "L'opérateur explique auprès de nos confrères que l'augmentation de deux euros finance le déploiement de nouvelles antennes."),
    ]),
    # ---------------------------------------------- iOS 26.3 drains the battery
    ("apple-ios-26-3-batterie", "fresh59", [
        ("frandroid.com", "02-03 08:45",
         "Votre iPhone se vide à vue d'œil ? iOS 26.3 serait en cause",
         "Depuis la dernière mise à jour, de nombreux utilisateurs constatent une autonomie en chute libre ; Apple n'a pas encore réagi."),
        ("lesnumeriques.com", "02-03 16:20",
         "Autonomie : Apple reconnaît un problème et promet un correctif",
         "Un processus d'indexation des photos tournerait en boucle sur certains iPhone ; un correctif arrivera dans les prochains jours."),
    ]),
    # ---------------------------------------------- Freebox Ultra 2 Wi-Fi bug
    ("freebox-ultra-2-bug-wifi", "fresh59", [
        ("universfreebox.com", "02-04 09:30",
         "Freebox Ultra 2 : la dernière mise à jour coupe le Wi-Fi chez certains abonnés",
         "Depuis le firmware 4.9.2 déployé lundi soir, des utilisateurs se plaignent de déconnexions à répétition ; Free prépare un correctif."),
        ("01net.com", "02-04 13:00",
         "Votre box perd la connexion sans arrêt ? Free a identifié le problème",
         "Les appareils connectés en 6 GHz décrochent toutes les dix minutes chez des abonnés à la nouvelle Freebox ; l'opérateur parle d'un bug logiciel."),
        ("frandroid.com", "02-05 08:30",
         "Free corrige le bug",
         "La version 4.9.3 du firmware de la Freebox Ultra 2 met fin aux coupures du Wi-Fi constatées depuis le début de la semaine."),
    ]),
    # ---------------------------------------------- ARCEP launches the 26 GHz award
    ("arcep-attribution-26ghz", "fresh59", [
        ("lemondeinformatique.fr", "02-05 10:00",
         "5G millimétrique : l'Arcep lance l'attribution de la bande 26 GHz",
         "Le régulateur ouvre la procédure d'attribution de trois blocs de 800 MHz dans la bande 26 GHz, pour des usages en zones denses et industrielles."),
        ("next.ink", "02-05 12:30",
         "Bande 26 GHz : l'Arcep publie enfin son appel à candidatures",
         "Les opérateurs ont jusqu'au 30 avril pour se porter candidats ; les fréquences seront attribuées avec un prix de réserve de 30 millions d'euros par bloc."),
        ("universfreebox.com", "02-05 15:00",
         "Fréquences millimétriques : le gendarme des télécoms ouvre le guichet",
         "Free, Orange, SFR et Bouygues Telecom pourront candidater aux blocs de 26 GHz, que le régulateur attribuera d'ici l'été."),
    ]),
    # ---------------------------------------------- undersea cables cut off Marseille
    ("cables-sous-marins-marseille", "fresh59", [
        ("lemondeinformatique.fr", "02-06 10:00",
         "Câbles sous-marins endommagés au large de Marseille : le trafic Internet ralenti",
         "Deux câbles reliant Marseille à l'Égypte et à l'Asie ont été endommagés dans la nuit, provoquant des ralentissements vers le Moyen-Orient."),
        ("next.ink", "02-06 11:00",
         "Deux câbles sectionnés en Méditerranée",
         "Les opérateurs de SeaMeWe-5 et d'AAE-1 confirment des coupures à une trentaine de kilomètres des côtes provençales ; un navire de réparation est en route."),
        ("lefigaro.fr", "02-06 18:00",
         "Sabotage ou accident ? Enquête après les coupures au large de Marseille",
         "La Marine nationale examine le passage d'un cargo au-dessus des câbles de télécommunications endommagés dans la nuit de jeudi à vendredi."),
    ]),
    # ---------------------------------------------- ransomware: Saint-Nazaire hospital
    ("rancongiciel-ch-saint-nazaire", "fresh59", [
        ("lemagit.fr", "02-09 08:30",
         "Cyberattaque : le centre hospitalier de Saint-Nazaire paralysé par un rançongiciel",
         "L'hôpital de Saint-Nazaire fonctionne en mode dégradé depuis la nuit de dimanche à lundi après le chiffrement de ses serveurs."),
        ("numerama.com", "02-09 11:15",
         "L'hôpital de Saint-Nazaire visé par un ransomware",
         "Les urgences restent ouvertes mais des opérations sont déprogrammées ; l'ANSSI est sur place."),
        ("01net.com", "02-10 09:00",
         "Saint-Nazaire : les pirates réclament une rançon à l'hôpital",
         "Le groupe Qilin revendique l'attaque contre le centre hospitalier et menace de publier des données de patients."),
    ]),
    # ---------------------------------------------- SFR sells its XpFibre stake
    ("xpfibre-cession", "fresh59", [
        ("lesechos.fr", "02-10 06:30",
         "SFR cède sa part dans XpFibre pour 4 milliards d'euros",
         "Altice France vend ses 50,01 % du réseau de fibre optique à Vauban Infrastructure Partners, afin de réduire sa dette."),
        ("latribune.fr", "02-10 09:00",
         "Fibre : XpFibre change de mains",
         "Le deuxième réseau de fibre de France passe sous le contrôle de fonds d'infrastructure ; l'opération valorise l'ensemble à 8 milliards d'euros."),
        ("silicon.fr", "02-10 13:00",
         "Altice France se déleste de XpFibre, selon Les Echos",
         "Le propriétaire de SFR vendrait sa participation majoritaire dans son réseau de fibre pour 4 milliards d'euros."),
    ]),
    # ---------------------------------------------- weekly tech roundup, week 6
    ("frandroid-actus-semaine-s06", "fresh59", [
        ("frandroid.com", "02-07 08:00",
         "Les actus tech de la semaine : Freebox, iOS 26.3 et fréquences 26 GHz",
         "Le bug Wi-Fi de la Freebox Ultra 2, la batterie des iPhone et l'appel à candidatures de l'Arcep : le récap de la semaine."),
    ]),
    # ---------------------------------------------- Patch Tuesday February
    ("patch-tuesday-fevrier", "fresh59", [
        ("lemondeinformatique.fr", "02-10 19:15",
         "Patch Tuesday de février : Microsoft corrige 63 vulnérabilités",
         "Le lot de correctifs de février comble 63 failles, dont deux zero-day exploitées dans le pilote de stockage de Windows."),
        ("zdnet.fr", "02-10 20:50",
         "Microsoft : deux failles zero-day corrigées en février",
         "La mise à jour de sécurité mensuelle de Microsoft colmate 63 vulnérabilités, dont deux activement exploitées."),
    ]),
    # ---------------------------------------------- Freebox TV channels added
    ("freebox-nouvelles-chaines", "fresh59", [
        ("universfreebox.com", "02-11 10:00",
         "Freebox : dix nouvelles chaînes offertes dans le bouquet TV",
         "Free enrichit gratuitement son offre de télévision avec dix chaînes thématiques, disponibles sur toutes les Freebox dès aujourd'hui."),
    ]),
    # ---------------------------------------------- AI Act: Brussels delays high-risk obligations
    ("ai-act-report-haut-risque", "fresh59", [
        ("next.ink", "02-11 14:00",
         "AI Act : Bruxelles repousse d'un an les obligations sur l'IA à haut risque",
         "La Commission européenne propose de décaler à fin 2027 l'entrée en application des règles sur les systèmes d'IA à haut risque."),
    ]),
    # ---------------------------------------------- Orange annual results
    ("orange-resultats-2025", "fresh59", [
        ("lesechos.fr", "02-12 06:45",
         "Orange renoue avec la croissance de ses bénéfices en 2025",
         "L'opérateur historique affiche un résultat net en hausse de 6 % et confirme les objectifs de son plan stratégique."),
        ("lemondeinformatique.fr", "02-12 10:20",
         "Orange : chiffre d'affaires stable à 40,3 milliards d'euros",
         "Le groupe a vu ses revenus stagner en 2025, la croissance en Afrique compensant le recul d'Orange Business en Europe."),
        ("bfmtv.com", "02-12 12:00",
         "Christel Heydemann : « 2025 a été une année solide »",
         "La directrice générale d'Orange a présenté des résultats annuels supérieurs aux attentes et un dividende relevé à 0,80 euro."),
    ]),
    # ---------------------------------------------- ransomware: Montélimar hospital
    ("rancongiciel-hopital-montelimar", "fresh59", [
        ("lemagit.fr", "02-12 09:20",
         "L'hôpital de Montélimar frappé à son tour par un rançongiciel",
         "Trois jours après Saint-Nazaire, le groupement hospitalier Portes de Provence a dû couper son informatique après une attaque."),
        ("zdnet.fr", "02-12 14:40",
         "Cyberattaque contre le GHPP de Montélimar",
         "L'établissement drômois a déclenché son plan blanc ; l'attaque n'a pour l'heure pas été revendiquée."),
    ]),
    # ---------------------------------------------- Fortinet patch, February
    ("fortinet-correctif-fevrier", "fresh59", [
        ("lemagit.fr", "02-13 10:00",
         "Fortinet corrige une faille critique dans FortiOS",
         "Une vulnérabilité de contournement d'authentification sur les VPN SSL de FortiGate, notée 9,6, est déjà exploitée ; Fortinet appelle à patcher."),
    ]),
    # ---------------------------------------------- weekly tech roundup, week 7
    ("frandroid-actus-semaine-s07", "fresh59", [
        ("frandroid.com", "02-14 08:00",
         "Les actus tech de la semaine : résultats d'Orange, rançongiciels et faille Fortinet",
         "Les comptes d'Orange, les hôpitaux de Saint-Nazaire et Montélimar attaqués et le Patch Tuesday de février : le récap de la semaine."),
    ]),
    # ---------------------------------------------- ARCEP formal notice to Orange on copper
    ("arcep-mise-en-demeure-orange-cuivre", "fresh59", [
        ("next.ink", "02-16 10:00",
         "Réseau cuivre : l'Arcep met en demeure Orange",
         "Le régulateur reproche à l'opérateur historique des délais de réparation trop longs sur les lignes fixes et lui donne six mois pour se conformer."),
        ("lemondeinformatique.fr", "02-16 15:00",
         "Entretien des lignes fixes : Orange sommé de faire mieux",
         "L'Arcep constate que plus de 20 % des pannes sur le réseau cuivre ne sont pas réparées dans les délais fixés par le cahier des charges."),
    ]),
    # ---------------------------------------------- ARCEP 6 GHz consultation
    ("arcep-consultation-6ghz", "fresh59", [
        ("next.ink", "02-17 11:00",
         "Bande 6 GHz : l'Arcep consulte sur le partage entre Wi-Fi et mobile",
         "Le régulateur ouvre une consultation publique sur la partie haute de la bande 6 GHz, convoitée à la fois par le Wi-Fi 7 et par les opérateurs mobiles."),
        ("lemondeinformatique.fr", "02-17 16:20",
         "Fréquences : l'Arcep sonde le marché sur la bande 6 GHz",
         "Les acteurs ont jusqu'au 31 mars pour répondre à la consultation du régulateur sur l'usage de la bande 6 425-7 125 MHz."),
    ]),
    # ---------------------------------------------- Orange data breach
    ("orange-fuite-donnees", "fresh59", [
        ("zdnet.fr", "02-18 09:30",
         "Orange victime d'une cyberattaque : des données de 850 000 clients dérobées",
         "L'opérateur historique a détecté une intrusion dans un outil de gestion de la relation client ; noms, numéros et adresses ont été exfiltrés."),
        ("lemagit.fr", "02-18 11:00",
         "Orange confirme une intrusion dans un de ses systèmes de relation client",
         "L'attaquant aurait utilisé les identifiants d'un sous-traitant ; Orange a porté plainte et notifié la CNIL."),
        ("01net.com", "02-18 14:00",
         "Client Orange ? Méfiez-vous des faux SMS dans les prochains jours",
         "Après le vol des coordonnées de 850 000 abonnés, l'opérateur met en garde contre des tentatives d'hameçonnage."),
    ]),
    # ---------------------------------------------- SFR RCC agreement signed
    ("sfr-accord-rcc-signe", "fresh59", [
        ("linforme.com", "02-19 07:00",
         "SFR : l'accord sur la rupture conventionnelle collective est signé",
         "Selon nos informations, la CFDT et l'Unsa ont paraphé mercredi soir l'accord encadrant les départs, après cinq semaines de négociation."),
        ("zdnet.fr", "02-19 12:00",
         "Plan de départs chez SFR : les syndicats majoritaires signent",
         "L'accord, qui porte finalement sur 1 100 postes, prévoit des indemnités supérieures de 30 % au minimum légal."),
    ]),
    # ---------------------------------------------- iPhone 17e launch
    ("apple-iphone-17e", "fresh59", [
        ("01net.com", "02-19 15:00",
         "Apple lance l'iPhone 17e à 719 euros",
         "Le nouvel iPhone d'entrée de gamme reprend la puce A19 et adopte un modem maison ; il sera disponible le 27 février."),
    ]),
    # ---------------------------------------------- Free data breach, two days after Orange's
    ("free-fuite-donnees", "fresh59", [
        ("numerama.com", "02-20 10:15",
         "Après Orange, Free à son tour victime d'une fuite de données",
         "Un pirate met en vente sur un forum les informations de 300 000 abonnés Freebox, dérobées via un prestataire de maintenance."),
        ("universfreebox.com", "02-20 16:00",
         "Fuite de données : Free confirme et prévient ses abonnés",
         "L'opérateur envoie un courriel aux clients concernés et assure qu'aucun mot de passe n'a été dérobé."),
    ]),
    # ---------------------------------------------- weekly deals post, week 8
    ("clubic-forfaits-s08", "fresh59", [
        ("clubic.com", "02-20 07:00",
         "Forfaits mobiles : les meilleures offres sans engagement de la semaine",
         "RED by SFR, Free, Prixtel et Sosh : notre sélection des forfaits les moins chers du moment, dès 2,99 euros."),
    ]),
    # ---------------------------------------------- court ruling: SFR ordered to pay Free
    ("justice-sfr-free-publicite", "fresh59", [
        ("next.ink", "02-24 10:00",
         "Publicité comparative : SFR condamné à verser 12 millions d'euros à Free",
         "Le tribunal des activités économiques de Paris juge trompeuses des campagnes de SFR sur la « meilleure couverture 5G » et accorde des dommages à Iliad."),
        ("universfreebox.com", "02-24 12:30",
         "Victoire judiciaire de Free face à l'opérateur au carré rouge",
         "Les juges estiment que les publicités de SFR ont dénigré le réseau de Free ; l'opérateur de Patrick Drahi va faire appel."),
    ]),
    # ---------------------------------------------- funding: private 5G start-up
    ("ondalis-levee", "fresh59", [
        ("usine-digitale.fr", "02-25 08:30",
         "5G privée : la start-up lyonnaise Ondalis lève 14 millions d'euros",
         "Ondalis, qui déploie des réseaux 5G privés dans les usines et les ports, boucle un tour de table mené par Bpifrance et Eurazeo."),
        ("journaldunet.com", "02-25 11:00",
         "Ondalis lève 14 M€ pour industrialiser la 5G privée",
         "La jeune pousse veut doubler ses effectifs et s'implanter en Allemagne, où les fréquences industrielles sont déjà ouvertes."),
    ]),
    # ---------------------------------------------- funding: satellite-to-phone start-up, same day
    ("orbicell-levee", "fresh59", [
        ("lesechos.fr", "02-25 07:30",
         "La pépite toulousaine Orbicell lève 20 millions d'euros",
         "La jeune pousse, qui veut relier directement les smartphones aux satellites, accueille Airbus Ventures à son capital."),
        ("usine-digitale.fr", "02-25 10:00",
         "Connectivité par satellite : Orbicell boucle une série A de 20 M€",
         "La start-up prévoit un premier démonstrateur en orbite en 2027 pour offrir du SMS par satellite sans changer de téléphone."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy S26
    ("samsung-galaxy-s26", "fresh59", [
        ("frandroid.com", "02-25 18:30",
         "Galaxy S26, S26+ et S26 Ultra officiels : prix, fiche technique, disponibilité",
         "Samsung a présenté sa nouvelle gamme lors de l'Unpacked de San Francisco : puce Exynos 2600 en Europe, prix en hausse de 50 euros."),
        ("lesnumeriques.com", "02-25 19:10",
         "Samsung Galaxy S26 Ultra : le coréen mise sur l'IA et la photo",
         "Capteur de 200 Mpx revu, nouvel écran anti-reflets et sept ans de mises à jour pour le haut de gamme de Samsung."),
        ("01net.com", "02-26 08:00",
         "Prise en main du Galaxy S26 : nos premières impressions",
         "Nous avons pu manipuler les nouveaux smartphones de Samsung quelques heures avant leur présentation : plus fins, plus légers."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy Buds 4 (separate article, same keynote)
    ("samsung-galaxy-buds-4", "fresh59", [
        ("frandroid.com", "02-25 19:00",
         "Galaxy Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Présentés lors du même Unpacked que les Galaxy S26, les nouveaux écouteurs gagnent une réduction de bruit améliorée et la traduction en direct."),
    ]),
    # ---------------------------------------------- Bouygues Telecom annual results
    ("bouygues-telecom-resultats-2025", "fresh59", [
        ("lesechos.fr", "02-26 07:00",
         "Bouygues Telecom ralentit mais gagne des clients dans la fibre",
         "La filiale télécoms du groupe Bouygues a vu son chiffre d'affaires progresser de 2 % en 2025, à 8,1 milliards d'euros."),
        ("universfreebox.com", "02-26 10:30",
         "Résultats 2025 : Bouygues Telecom souffre sur le mobile",
         "L'opérateur a perdu des abonnés forfaits au quatrième trimestre, mais dépasse 5 millions de clients fixes dont 3,2 millions à la fibre."),
    ]),
    # ---------------------------------------------- Free Mobile regional data outage
    ("free-mobile-panne-grand-est", "fresh59", [
        ("universfreebox.com", "02-27 19:00",
         "Free Mobile : panne de data dans le Grand Est",
         "Depuis 17 heures, des abonnés Free Mobile d'Alsace et de Lorraine ne parviennent plus à accéder à Internet sur leur smartphone."),
        ("bfmtv.com", "02-27 20:30",
         "Panne Free Mobile : l'Internet mobile coupé dans l'Est de la France",
         "L'opérateur évoque un incident sur un équipement réseau à Strasbourg et promet un retour à la normale dans la soirée."),
    ]),
    # ---------------------------------------------- Doctolib outage
    ("doctolib-panne", "fresh59", [
        ("bfmtv.com", "03-02 09:00",
         "Doctolib en panne : impossible de prendre rendez-vous ce lundi matin",
         "Le site et l'application de prise de rendez-vous médicaux sont inaccessibles depuis 7 heures pour les patients comme pour les praticiens."),
        ("numerama.com", "03-02 13:30",
         "Doctolib explique sa panne de lundi",
         "La plateforme évoque une erreur de configuration lors d'une migration de base de données ; le service a été rétabli vers 11 heures."),
    ]),
    # ---------------------------------------------- ARCEP fibre observatory Q4 2025
    ("arcep-observatoire-fibre-t4", "fresh59", [
        ("zdnet.fr", "03-03 10:00",
         "Fibre : 92 % des locaux désormais raccordables, selon l'Arcep",
         "L'observatoire trimestriel du régulateur recense 1,1 million de nouveaux abonnements FttH au quatrième trimestre 2025."),
        ("clubic.com", "03-03 12:15",
         "La fibre dépasse les 26 millions d'abonnés en France",
         "Au 31 décembre, 26,2 millions de foyers et d'entreprises étaient abonnés à la fibre optique, d'après les chiffres publiés mardi par l'Arcep."),
        ("universfreebox.com", "03-03 14:00",
         "Observatoire du haut et très haut débit : le cuivre poursuit sa chute",
         "Les abonnements ADSL passent sous les 3 millions au quatrième trimestre, quand la fibre gagne plus d'un million de clients en trois mois."),
    ]),
    # ---------------------------------------------- Bbox outage
    ("bouygues-panne-bbox", "fresh59", [
        ("bfmtv.com", "03-03 08:00",
         "Panne Bouygues Telecom : la Bbox ne fonctionne plus chez de nombreux abonnés",
         "Internet, téléphone fixe et télévision : depuis 5 heures ce matin, des clients Bbox sont privés de service dans plusieurs régions."),
        ("frandroid.com", "03-03 09:10",
         "Bbox en panne : Bouygues Telecom confirme un incident national",
         "L'opérateur reconnaît un problème sur ses serveurs d'authentification et conseille de ne pas redémarrer sa box."),
        ("lefigaro.fr", "03-03 17:30",
         "Télétravail à l'arrêt : dix heures sans Internet pour les clients de la filiale télécoms de Martin Bouygues",
         "Des centaines de milliers de foyers ont été privés de connexion toute la journée ; le service est revenu en fin d'après-midi."),
    ]),
    # ---------------------------------------------- Altice enters exclusive talks to sell SFR
    ("sfr-negociations-exclusives", "fresh59", [
        ("lesechos.fr", "03-05 06:30",
         "SFR : Altice entre en négociations exclusives avec ses trois concurrents",
         "Patrick Drahi a accepté l'offre relevée à 19 milliards d'euros ; l'opération doit encore obtenir le feu vert de Bruxelles et de l'Autorité de la concurrence."),
        ("journaldunet.com", "03-05 11:00",
         "Vente de SFR : Drahi dit oui",
         "Altice France accorde une exclusivité au consortium Bouygues Telecom-Free-Orange, qui a relevé son offre de 1,5 milliard d'euros."),
        ("lefigaro.fr", "03-05 14:00",
         "Démantèlement de SFR : ce qui va se passer maintenant",
         "Autorités de concurrence, salariés, clients : le calendrier de la cession de l'opérateur au carré rouge, qui pourrait s'étaler jusqu'en 2027."),
    ]),
    # ---------------------------------------------- Bouygues raises B&You prices
    ("bouygues-hausse-prix-byou", "fresh59", [
        ("clubic.com", "03-04 10:30",
         "B&You : Bouygues Telecom augmente le prix de plusieurs forfaits",
         "Un mois après Free, c'est au tour de Bouygues Telecom d'augmenter d'un à trois euros le prix de forfaits B&You souscrits avant 2024."),
    ]),
    # ---------------------------------------------- Cdiscount data leak
    ("cdiscount-fuite", "fresh59", [
        ("zdnet.fr", "03-06 09:40",
         "Cdiscount alerte ses clients après une fuite de données",
         "Le e-commerçant bordelais a détecté un accès illégitime à sa base clients ; adresses et historiques de commandes sont concernés."),
        ("01net.com", "03-06 12:00",
         "Fuite chez Cdiscount : ce que vous devez faire",
         "Changez votre mot de passe et méfiez-vous des faux remboursements : les conseils après la fuite de données du site marchand."),
    ]),
    # ---------------------------------------------- Ericsson contract with Bouygues Telecom
    ("bouygues-ericsson-coeur-5g", "fresh59", [
        ("lemondeinformatique.fr", "03-09 11:00",
         "Bouygues Telecom choisit Ericsson pour son cœur de réseau 5G",
         "L'opérateur confie à l'équipementier suédois la modernisation de son cœur de réseau, en vue du lancement de la 5G SA fin 2026."),
    ]),
    # ---------------------------------------------- Mistral AI new model
    ("mistral-medium-4", "fresh59", [
        ("usine-digitale.fr", "03-10 09:00",
         "Mistral AI dévoile Mistral Medium 4",
         "Le nouveau modèle de la start-up française revendique des performances proches des meilleurs modèles américains pour un coût huit fois moindre."),
        ("numerama.com", "03-10 13:40",
         "Medium 4 : la pépite française de l'IA vise les entreprises",
         "Disponible via l'API et Le Chat, le nouveau modèle de Mistral AI peut être déployé sur site, dès quatre cartes graphiques."),
        ("silicon.fr", "03-10 16:10",
         "Mistral Medium 4 : ce qu'il faut savoir",
         "Fenêtre de contexte, tarifs, licence : les caractéristiques du modèle que Mistral AI vient de publier."),
    ]),
    # ---------------------------------------------- Bouygues mobile outage a week after the Bbox outage
    ("bouygues-panne-mobile", "fresh59", [
        ("01net.com", "03-10 12:00",
         "Bouygues Telecom : nouvelle panne, le réseau mobile perturbé",
         "Une semaine après la panne des Bbox, ce sont les abonnés mobiles de l'opérateur qui signalent des difficultés à se connecter à la 4G et à la 5G."),
        ("frandroid.com", "03-10 13:20",
         "Pas de réseau chez Bouygues ? L'opérateur enquête",
         "Les signalements se multiplient depuis la fin de matinée ; Bouygues Telecom évoque un incident en cours de résolution."),
    ]),
    # ---------------------------------------------- Bouygues appeals the CNIL fine
    ("bouygues-recours-cnil", "fresh59", [
        ("next.ink", "03-12 10:30",
         "Amende de la CNIL : Bouygues Telecom saisit le Conseil d'État",
         "L'opérateur conteste la sanction de 15 millions d'euros prononcée en janvier, qu'il juge disproportionnée."),
        ("lemondeinformatique.fr", "03-12 17:00",
         "Bouygues Telecom fait appel de sa sanction CNIL",
         "Le recours vise l'amende infligée après la fuite de données de 2025 ; l'opérateur demande aussi la suspension de l'injonction."),
    ]),
    # ---------------------------------------------- New Deal mobile 2
    ("new-deal-mobile-2", "fresh59", [
        ("latribune.fr", "03-12 08:00",
         "Zones blanches : l'État et les opérateurs signent un « New Deal mobile 2 »",
         "Orange, SFR, Bouygues Telecom et Free s'engagent à construire 3 000 nouveaux sites d'ici 2030 en échange de la prolongation de leurs fréquences."),
        ("lefigaro.fr", "03-12 12:00",
         "Couverture mobile : 3 000 nouvelles antennes promises dans les campagnes",
         "Le gouvernement a signé jeudi avec les quatre opérateurs un accord pour résorber les derniers territoires mal couverts."),
    ]),
    # ---------------------------------------------- Mistral AI data centre inauguration
    ("mistral-datacenter-essonne", "fresh59", [
        ("lesechos.fr", "03-13 07:00",
         "Mistral AI inaugure son premier datacenter en Essonne",
         "La start-up ouvre à Bruyères-le-Châtel un centre de calcul de 40 mégawatts équipé de 18 000 puces Nvidia."),
        ("usine-digitale.fr", "03-13 11:30",
         "Mistral Compute : le site de l'Essonne entre en service",
         "Emmanuel Macron a inauguré vendredi le centre de données de Mistral AI, premier jalon de son offre de cloud pour l'IA."),
    ]),
    # ---------------------------------------------- Fortinet patch a month later
    ("fortinet-correctif-mars", "fresh59", [
        ("lemagit.fr", "03-13 10:00",
         "Fortinet corrige une nouvelle faille critique, dans FortiWeb cette fois",
         "Un mois après FortiOS, une injection de commandes sans authentification sur le pare-feu applicatif FortiWeb est corrigée en urgence."),
    ]),
    # ---------------------------------------------- Brussels approves Orange's MasOrange buy-out
    ("masorange-feu-vert-bruxelles", "fresh59", [
        ("lemondeinformatique.fr", "03-16 15:00",
         "Bruxelles autorise Orange à racheter la totalité de MasOrange",
         "La Commission européenne donne son feu vert sans condition à la montée d'Orange à 100 % du capital de l'opérateur espagnol."),
    ]),
    # ---------------------------------------------- Iliad annual results
    ("iliad-resultats-2025", "fresh59", [
        ("lesechos.fr", "03-17 07:00",
         "Iliad : bénéfice en hausse, Free gagne encore des abonnés fibre",
         "La maison mère de Free publie un chiffre d'affaires de 10,4 milliards d'euros en 2025, porté par l'Italie et la Pologne."),
        ("universfreebox.com", "03-17 09:30",
         "Résultats annuels : le groupe de Xavier Niel franchit les 10 milliards de revenus",
         "Le groupe Iliad affiche une croissance de 5 % et un Ebitdaal de 4,1 milliards d'euros sur l'exercice 2025."),
        ("latribune.fr", "03-17 11:00",
         "Thomas Reynaud : « Nous sommes prêts à absorber une partie de SFR »",
         "Le directeur général d'Iliad a profité de la présentation des résultats 2025 pour défendre le projet de rachat conjoint de l'opérateur au carré rouge."),
    ]),
    # ---------------------------------------------- SFR SMS glitch (single)
    ("sfr-panne-sms", "fresh59", [
        ("bfmtv.com", "03-17 18:00",
         "SFR : les SMS n'arrivent plus chez certains abonnés",
         "Depuis la mi-journée, des clients de l'opérateur au carré rouge signalent des messages reçus avec plusieurs heures de retard."),
    ]),
    # ---------------------------------------------- Bouygues Telecom sues Free
    ("bouygues-assigne-free", "fresh59", [
        ("lefigaro.fr", "03-18 09:00",
         "Bouygues Telecom assigne Free pour pratiques commerciales trompeuses",
         "L'opérateur reproche à son concurrent d'afficher des prix « à vie » sur des forfaits dont le tarif augmente, et réclame 20 millions d'euros."),
    ]),
    # ---------------------------------------------- Orange Business layoffs, revealed by L'Informé
    ("orange-business-plan-departs", "fresh59", [
        ("linforme.com", "03-19 06:00",
         "Orange Business : 650 postes supprimés en France",
         "Selon nos informations, la branche entreprises d'Orange va présenter un plan de départs volontaires visant 650 postes, notamment dans l'intégration."),
        ("lemondeinformatique.fr", "03-19 10:00",
         "Orange Business taille encore dans ses effectifs",
         "Après un premier plan en 2024, la division B2B d'Orange prévoit de supprimer environ 650 emplois, d'après L'Informé."),
        ("lemagit.fr", "03-19 14:30",
         "Orange Business confirme un nouveau plan de départs",
         "La direction a présenté aux élus du CSE un projet de rupture conventionnelle collective touchant les équipes d'intégration et de services."),
        ("silicon.fr", "03-20 09:00",
         "Plan de départs chez Orange Business : les syndicats appellent à la grève",
         "Au lendemain de l'annonce des 650 suppressions de postes, la CFE-CGC et Sud appellent à un arrêt de travail le 26 mars."),
    ]),
    # ---------------------------------------------- Altice France results (single)
    ("altice-france-resultats-2025", "fresh59", [
        ("lesechos.fr", "03-20 07:30",
         "Altice France : les revenus de SFR reculent encore de 7 %",
         "L'opérateur perd 400 000 abonnés mobiles en 2025 et voit son Ebitda baisser de 9 %, en pleine négociation pour sa cession."),
    ]),
    # ---------------------------------------------- weekly deals post (box internet), week 12
    ("lesnumeriques-bons-plans-box-s12", "fresh59", [
        ("lesnumeriques.com", "03-20 12:00",
         "Box internet : les meilleures offres fibre du moment",
         "Freebox, Livebox, Bbox et SFR Box : notre comparatif des promotions fibre de la semaine, dès 19,99 euros par mois."),
    ]),
    # ---------------------------------------------- Orange 2G switch-off starts
    ("orange-extinction-2g", "fresh59", [
        ("frandroid.com", "03-24 09:00",
         "Orange commence à éteindre la 2G : premières antennes coupées",
         "L'opérateur historique a débuté l'extinction de son réseau 2G dans quatre départements de l'Ouest, avant un arrêt total prévu fin 2026."),
        ("lesnumeriques.com", "03-24 12:00",
         "Fin de la 2G chez Orange : vos vieux téléphones et alarmes sont-ils concernés ?",
         "Téléassistance, ascenseurs, terminaux de paiement : ce qui cesse de fonctionner quand la 2G s'éteint, et comment s'y préparer."),
        ("01net.com", "03-24 15:30",
         "Extinction de la 2G : Orange donne le coup d'envoi",
         "La Bretagne, le Finistère en tête, ouvre le bal de l'arrêt progressif du réseau GSM de l'opérateur."),
    ]),
    # ---------------------------------------------- SFR 3G switch-off starts
    ("sfr-extinction-3g", "fresh59", [
        ("frandroid.com", "03-26 10:00",
         "SFR éteint la 3G dans une première région",
         "L'opérateur au carré rouge coupe son réseau 3G en Normandie, première étape d'un arrêt national prévu fin 2028."),
        ("clubic.com", "03-26 13:30",
         "3G : SFR débranche ses premières antennes",
         "Les smartphones compatibles 4G ne sont pas concernés ; les abonnés aux anciens modèles ont été prévenus par SMS."),
    ]),
    # ---------------------------------------------- Orange Business strike
    ("orange-business-greve", "fresh59", [
        ("next.ink", "03-26 11:00",
         "Grève à Orange Business contre les 650 suppressions de postes",
         "Plusieurs centaines de salariés de la branche entreprises d'Orange ont cessé le travail jeudi, à l'appel de la CFE-CGC et de Sud."),
        ("bfmtv.com", "03-26 16:40",
         "Orange : les salariés de la branche entreprises débraient",
         "Rassemblement devant le siège d'Issy-les-Moulineaux : les grévistes dénoncent un « plan social déguisé »."),
    ]),
    # ---------------------------------------------- Orange closes shops (single, another Orange event)
    ("orange-fermeture-boutiques", "fresh59", [
        ("linforme.com", "03-27 06:30",
         "Orange va fermer 60 boutiques en France d'ici la fin de l'année",
         "Selon nos informations, l'opérateur historique réduit son réseau de magasins, dont la fréquentation a chuté de 25 % en trois ans."),
    ]),
    # ---------------------------------------------- Orange closes the MasOrange buy-out
    ("masorange-finalisation", "fresh59", [
        ("lesechos.fr", "03-30 07:00",
         "Orange finalise la prise de contrôle totale de MasOrange",
         "Deux semaines après le feu vert de Bruxelles, l'opérateur historique détient désormais 100 % de son ex-coentreprise espagnole, rachetée 4,25 milliards d'euros aux fonds."),
        ("latribune.fr", "03-30 10:00",
         "Espagne : Orange devient seul maître à bord",
         "Le rachat des 50 % détenus par KKR, Cinven et Providence est bouclé ; Orange consolidera MasOrange dès le deuxième trimestre."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
