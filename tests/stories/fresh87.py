"""The 87th fresh labelled set (jobs and social relations in tech: layoffs, departure plans, strikes, unions, hiring, remote work, salaries), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh87".
Positives: titles sharing few words with the rest of their story ("Game over pour 70 salariés de
Don't Nod", "Le reconditionné ne fait plus recette", "600 embauches : Pennylane met les bouchées
doubles"); firms named only by periphrasis in one article ("le géant de Redmond", "l'opérateur
historique", "Big Blue", "la licorne de la e-santé", "le créateur de Dofus", "l'ex-PagesJaunes",
"l'opérateur public de l'emploi", "le fabricant de puces franco-italien"); quotes as titles («
On n'est pas des variables d'ajustement », « Nos jeux ne se font pas tout seuls »); syndication
("selon L'Informé"); explainers the same day or the next ("ce que prévoit le plan", "ce qui change
pour les salariés", "pourquoi les vendeurs font grève aujourd'hui"); follow-ups the next day (Ubisoft
management answers the strike, unions react to Atos's job plan); numbers written differently ("250
postes" / "un quart de millier", "40 postes" / "une quarantaine", "90 salariés" / "près d'une centaine").
Hard negatives: Capgemini's departure plan, then a strike against it two weeks later, then half-year
results citing it; Ubisoft strike on return to office, then a studio departure plan, then a wage
strike, then an industry-wide STJV strike naming Ubisoft and Don't Nod, then quarterly sales;
Don't Nod job plan, strike a week later, and the plan's approval two months later; Microsoft France,
STMicroelectronics, Inetum and Google France departure plans the same week (Google's citing
Microsoft's); Atos job plan then a court suspending it five weeks later; Orange wage deal, shop
strike and remote-work deal; Sopra Steria remote-work cut then a hiring plan; SFR job plan then a
strike a week later; Free call-centre strike then a wage deal there; Bouygues Telecom hiring then
off-shoring of its call centres; Doctolib layoffs then a return-to-office rule; OVHcloud datacentre
strike then results; Worldline job plan then results; STMicroelectronics plan then a strike at Crolles;
CNIL fine on Concentrix for watching teleworkers, then Concentrix's appeal six weeks later, and a
Conseil d'État ruling on Amazon's older fine between them; France Travail's AI CV tool launched then
found inventing degrees three days later; Pennylane funding-and-hiring and Qonto hiring plan the same
morning; Apec's monthly IT job-offer barometer two months running, plus Apec's yearly salary study the
day after one of them, plus a developer salary study; Numeum's forecast and a cyber-skills survey;
recurring formats that must never join across weeks: ChannelNews's weekly "Mercato de la semaine" and
the JDN's weekly "Ces start-up qui recrutent", one naming Mirakl before Mirakl's layoffs, one naming
Pennylane after its hiring plan.
`build` fixes the year 2026; times are UTC, May to July 2026.

Measured once in stop 30 on 09c9d91, before any rule was written from it: precision 1.000, recall 0.955
(1.000 / 0.955 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Capgemini: a collective departure plan in France
    ("capgemini-rcc", "fresh87", [
        ("linforme.com", "05-05 05:45", "Capgemini prépare une rupture conventionnelle collective en France",
         "Selon nos informations, l'ESN envisage de supprimer jusqu'à 250 postes dans sa filiale française via une RCC présentée jeudi au CSE central."),
        ("lemondeinformatique.fr", "05-05 09:20", "Capgemini va supprimer 250 postes en France, selon L'Informé",
         "L'entreprise de services numériques prépare une rupture conventionnelle collective visant surtout les fonctions support et les consultants en intercontrat."),
        ("lemagit.fr", "05-05 11:00", "L'ESN parisienne réduit la voilure : jusqu'à 250 départs chez Capgemini",
         "Capgemini a confirmé l'ouverture de négociations avec les syndicats sur une rupture conventionnelle collective portant sur environ 250 postes en France."),
        ("channelnews.fr", "05-05 14:30", "Un quart de millier de départs volontaires chez Capgemini",
         "Le numéro un français des services informatiques propose une RCC à environ 250 salariés, sans licenciement contraint, d'ici la fin de l'année."),
        ("lesechos.fr", "05-06 06:00", "Capgemini : ce que prévoit le plan de départs volontaires",
         "Indemnités supra-légales, congé de reclassement, périmètre : le détail de la rupture conventionnelle collective qui doit conduire au départ de quelque 250 salariés du groupe en France."),
    ]),
    # ---------------------------------------------- Capgemini: strike against the plan, two weeks later
    ("capgemini-strike", "fresh87", [
        ("lemondeinformatique.fr", "05-21 10:15", "Débrayage chez Capgemini contre la rupture conventionnelle collective",
         "À l'appel de la CGT et de Sud, des salariés de Capgemini ont cessé le travail jeudi à Issy-les-Moulineaux, Toulouse et Lyon pour protester contre les 250 départs prévus."),
        ("silicon.fr", "05-21 14:40", "Capgemini : les syndicats appellent à la grève",
         "Une intersyndicale a organisé une journée de mobilisation sur plusieurs sites de l'ESN, dénonçant des pressions sur les consultants en intercontrat."),
        ("next.ink", "05-21 17:05", "« On n'est pas des variables d'ajustement » : grève chez Capgemini",
         "Plusieurs centaines de salariés se sont rassemblés devant le siège d'Issy-les-Moulineaux, selon les syndicats ; la direction parle de 3 % de grévistes."),
    ]),
    # ---------------------------------------------- Capgemini: half-year results
    ("capgemini-h1-results", "fresh87", [
        ("lesechos.fr", "07-28 05:30", "Capgemini abaisse ses objectifs après un premier semestre morose",
         "Le chiffre d'affaires de l'ESN recule de 1,8 % à taux de change constants au premier semestre ; le groupe table désormais sur une croissance nulle en 2026."),
        ("lemondeinformatique.fr", "07-28 09:00", "Résultats semestriels : Capgemini en repli, la France à la peine",
         "Capgemini publie un chiffre d'affaires de 10,9 milliards d'euros sur six mois, en baisse, et évoque la rupture conventionnelle collective en cours en France."),
    ]),
    # ---------------------------------------------- Ubisoft: strike against the end of remote work
    ("ubisoft-strike-rto", "fresh87", [
        ("numerama.com", "05-12 08:30", "Ubisoft : les salariés en grève contre la fin du télétravail",
         "Le STJV et Solidaires Informatique appellent les équipes d'Ubisoft Paris, Montpellier et Annecy à cesser le travail ce mardi contre l'obligation de venir cinq jours par semaine au bureau."),
        ("bfmtv.com", "05-12 11:10", "Grève chez Ubisoft : les développeurs refusent le retour au bureau à temps plein",
         "Plusieurs centaines de salariés de l'éditeur d'Assassin's Creed ont débrayé mardi en France, à l'appel de deux syndicats, contre la fin du télétravail annoncée en avril."),
        ("clubic.com", "05-12 13:45", "L'éditeur d'Assassin's Creed face à la grogne de ses salariés",
         "Les équipes françaises d'Ubisoft ont cessé le travail ce mardi pour protester contre le retour obligatoire au bureau cinq jours par semaine, prévu à la rentrée."),
        ("lesnumeriques.com", "05-13 09:00", "Ubisoft ne reculera pas sur le retour au bureau",
         "Au lendemain de la grève, la direction maintient l'obligation de présence cinq jours par semaine dans ses studios français, tout en promettant des aménagements pour les parents."),
    ]),
    # ---------------------------------------------- Ubisoft: departure plan at the Annecy studio
    ("ubisoft-annecy-rcc", "fresh87", [
        ("lesechos.fr", "06-02 06:15", "Ubisoft engage un plan de départs dans son studio d'Annecy",
         "L'éditeur propose une rupture conventionnelle collective à 45 salariés de son studio haut-savoyard, qui a développé Riders Republic."),
        ("01net.com", "06-02 10:40", "Ubisoft Annecy : 45 postes menacés",
         "Le studio de Riders Republic est à son tour touché par le plan d'économies d'Ubisoft : 45 postes sont concernés par une rupture conventionnelle collective."),
        ("clubic.com", "06-02 16:00", "Ubisoft taille dans les effectifs de son studio d'Annecy",
         "Une quarantaine de salariés du studio savoyard devraient quitter l'éditeur dans le cadre d'une RCC, a confirmé Ubisoft."),
    ]),
    # ---------------------------------------------- Ubisoft: a second strike, on wages
    ("ubisoft-strike-wages", "fresh87", [
        ("numerama.com", "06-18 09:00", "Nouvelle grève chez Ubisoft, cette fois pour les salaires",
         "Le STJV appelle à un nouvel arrêt de travail jeudi dans les studios français d'Ubisoft après l'échec des négociations annuelles obligatoires, qui prévoient 1 % d'augmentation générale."),
        ("lefigaro.fr", "06-18 15:20", "Ubisoft : les salariés français de nouveau mobilisés, sur les rémunérations",
         "Après le mouvement de mai contre le retour au bureau, les syndicats dénoncent une enveloppe d'augmentations de 1 %, inférieure à l'inflation."),
    ]),
    # ---------------------------------------------- Ubisoft: quarterly sales
    ("ubisoft-q1-sales", "fresh87", [
        ("clubic.com", "07-22 17:00", "Ubisoft : un premier trimestre meilleur que prévu",
         "L'éditeur affiche un chiffre d'affaires de 410 millions d'euros au premier trimestre de son exercice, en hausse de 12 %, et confirme ses objectifs annuels."),
    ]),
    # ---------------------------------------------- Don't Nod: job-protection plan of 70 posts
    ("dontnod-pse", "fresh87", [
        ("clubic.com", "05-06 09:00", "Don't Nod annonce un plan social de 70 postes",
         "Le studio parisien à l'origine de Life is Strange prévoit de supprimer 70 postes sur 300 après l'échec commercial de ses derniers jeux."),
        ("lesnumeriques.com", "05-06 11:45", "Game over pour 70 salariés de Don't Nod",
         "Le studio français engage un plan de sauvegarde de l'emploi touchant près d'un quart de ses effectifs parisiens."),
        ("lefigaro.fr", "05-06 15:00", "Jeu vidéo : le studio Don't Nod supprime près d'un quart de ses effectifs",
         "Le développeur parisien, coté en Bourse, justifie ce PSE de 70 postes par les ventes décevantes de ses dernières productions."),
    ]),
    # ---------------------------------------------- Don't Nod: strike a week later
    ("dontnod-strike", "fresh87", [
        ("numerama.com", "05-13 10:00", "Les salariés de Don't Nod en grève contre le plan social",
         "Le STJV appelle à la grève illimitée chez Don't Nod, une semaine après l'annonce de 70 suppressions de postes."),
        ("clubic.com", "05-13 16:20", "Don't Nod : grève illimitée au studio parisien",
         "Les employés du studio réclament le retrait du PSE et dénoncent un manque de transparence de la direction sur les critères de licenciement."),
    ]),
    # ---------------------------------------------- Don't Nod: the plan approved by the administration
    ("dontnod-pse-approved", "fresh87", [
        ("lesnumeriques.com", "07-10 10:00", "Don't Nod : le plan social homologué",
         "La DRIEETS d'Île-de-France a validé le PSE du studio parisien, qui conduira au départ de 70 salariés d'ici septembre ; la grève avait été levée mi-juin."),
    ]),
    # ---------------------------------------------- video games: national STJV strike day
    ("stjv-national-strike", "fresh87", [
        ("numerama.com", "07-02 09:00", "Jeu vidéo : le STJV appelle à une grève nationale",
         "Le Syndicat des travailleurs et travailleuses du jeu vidéo organise jeudi une journée de grève dans toute l'industrie française contre la vague de licenciements."),
        ("bfmtv.com", "07-02 12:30", "Grève inédite dans le jeu vidéo français",
         "Des salariés d'Ubisoft, Don't Nod, Ankama ou Amplitude ont débrayé à l'appel du STJV pour dénoncer plus de 600 suppressions de postes dans le secteur depuis janvier."),
        ("lefigaro.fr", "07-02 17:00", "« Nos jeux ne se font pas tout seuls » : les développeurs de jeux vidéo dans la rue",
         "Quelques centaines de personnes ont manifesté à Paris, Lyon et Montpellier lors de la journée nationale de grève du secteur."),
    ]),
    # ---------------------------------------------- Ankama: 40 posts cut in Roubaix
    ("ankama-layoffs", "fresh87", [
        ("clubic.com", "06-25 10:00", "Ankama supprime 40 postes à Roubaix",
         "L'éditeur de Dofus engage un plan de départs touchant 40 salariés de son siège nordiste."),
        ("lesnumeriques.com", "06-25 14:30", "Le créateur de Dofus réduit ses effectifs",
         "Ankama annonce la suppression d'une quarantaine de postes, notamment dans ses activités d'animation et d'édition de livres."),
    ]),
    # ---------------------------------------------- Voodoo: 60 posts cut
    ("voodoo-layoffs", "fresh87", [
        ("journaldunet.com", "07-21 09:00", "Voodoo se sépare de 60 salariés",
         "L'éditeur de jeux mobiles hypercasual supprime 60 postes à Paris, soit 8 % de ses effectifs, et ferme son studio de Montpellier."),
    ]),
    # ---------------------------------------------- Orange: 2026 wage agreement
    ("orange-wage-deal", "fresh87", [
        ("lesechos.fr", "05-19 06:00", "Salaires : Orange signe un accord à 2 % avec trois syndicats",
         "L'opérateur accorde une augmentation générale de 2 % à ses 70 000 salariés en France, avec un plancher de 600 euros par an, après la signature de la CFDT, de la CFE-CGC et de FO."),
        ("latribune.fr", "05-19 10:30", "L'opérateur historique boucle ses négociations salariales",
         "Orange a signé avec trois organisations syndicales un accord prévoyant 2 % d'augmentation générale en 2026 ; la CGT et Sud refusent de signer."),
        ("bfmtv.com", "05-19 13:00", "Orange va augmenter de 2 % les salaires de ses employés en France",
         "L'accord salarial 2026 concerne environ 70 000 salariés et prévoit une hausse minimale de 600 euros par an pour les plus bas salaires."),
    ]),
    # ---------------------------------------------- Orange: strike in the shops
    ("orange-shops-strike", "fresh87", [
        ("bfmtv.com", "06-06 09:00", "Grève dans les boutiques Orange ce samedi",
         "À l'appel de Sud et de la CGT, des vendeurs d'Orange se mobilisent contre la fermeture de 120 boutiques d'ici 2027."),
        ("frandroid.com", "06-06 11:30", "Orange : pourquoi certaines boutiques sont fermées aujourd'hui",
         "Des conseillers de vente ont cessé le travail samedi pour protester contre le projet de fermeture de 120 points de vente de l'opérateur."),
    ]),
    # ---------------------------------------------- Orange: remote-work agreement renewed
    ("orange-remote-deal", "fresh87", [
        ("lemondeinformatique.fr", "07-09 09:30", "Orange renouvelle son accord de télétravail",
         "L'opérateur maintient jusqu'à trois jours de télétravail par semaine pour ses salariés en France, dans un accord signé pour trois ans."),
        ("zdnet.fr", "07-09 14:00", "Télétravail : Orange garde trois jours par semaine, à rebours des GAFAM",
         "Alors que plusieurs groupes tech imposent le retour au bureau, l'opérateur signe avec quatre syndicats un accord qui préserve le travail à distance."),
    ]),
    # ---------------------------------------------- Microsoft France: voluntary departure plan
    ("microsoft-france-pdv", "fresh87", [
        ("linforme.com", "05-26 05:30", "Microsoft France prépare le départ de 120 salariés",
         "Selon nos informations, la filiale française du groupe de Redmond présentera mardi à son CSE un plan de départs volontaires visant 120 postes, surtout dans les équipes commerciales."),
        ("lemagit.fr", "05-26 10:00", "Microsoft France lance un plan de départs volontaires",
         "La filiale française de l'éditeur confirme un projet portant sur 120 postes, sur un effectif d'environ 1 900 personnes."),
        ("usine-digitale.fr", "05-26 12:15", "Le géant de Redmond réduit ses effectifs en France",
         "Microsoft France veut se séparer de 120 collaborateurs via un plan de départs volontaires, dans la foulée des suppressions d'emplois annoncées par le groupe aux États-Unis."),
        ("bfmtv.com", "05-26 15:45", "Microsoft va supprimer 120 postes en France, selon L'Informé",
         "Le groupe américain confirme un plan de départs volontaires dans sa filiale tricolore, basée à Issy-les-Moulineaux."),
        ("silicon.fr", "05-27 08:00", "Plan de départs chez Microsoft France : ce qui change pour les salariés",
         "Conditions d'éligibilité, indemnités, calendrier : ce que prévoit le plan de départs volontaires de 120 postes présenté au CSE."),
    ]),
    # ---------------------------------------------- STMicroelectronics: 1,000 voluntary departures in France
    ("stmicro-pdv", "fresh87", [
        ("lesechos.fr", "05-27 05:30", "STMicroelectronics lance un plan de départs volontaires de 1 000 postes en France",
         "Le fabricant franco-italien de puces prévoit le départ d'un millier de salariés en France d'ici 2027, principalement à Crolles, Grenoble et Rousset."),
        ("usine-digitale.fr", "05-27 09:00", "ST : un millier de départs volontaires en France",
         "STMicroelectronics détaille la déclinaison française de son programme mondial de réduction de coûts, qui prévoit 2 800 suppressions de postes."),
        ("latribune.fr", "05-27 11:30", "Le fabricant de puces franco-italien réduit ses effectifs à Crolles et Rousset",
         "STMicroelectronics annonce 1 000 départs volontaires dans l'Hexagone, sans licenciement sec, selon la direction."),
        ("lemondeinformatique.fr", "05-27 15:00", "STMicroelectronics confirme 1 000 départs en France",
         "Les sites isérois et provençaux du groupe sont les plus touchés par le plan de départs volontaires présenté aux syndicats."),
    ]),
    # ---------------------------------------------- STMicroelectronics: strike at Crolles three weeks later
    ("stmicro-crolles-strike", "fresh87", [
        ("latribune.fr", "06-17 10:00", "Grève sur le site STMicroelectronics de Crolles",
         "Les syndicats du site isérois ont appelé à une grève de 24 heures contre le plan de départs volontaires et pour des hausses de salaire."),
        ("usine-digitale.fr", "06-17 15:00", "Crolles : débrayage chez STMicroelectronics",
         "La CGT et la CFDT revendiquent 30 % de grévistes dans les salles blanches de l'usine de semi-conducteurs."),
    ]),
    # ---------------------------------------------- Google France: departure plan two days after Microsoft's
    ("google-france-rcc", "fresh87", [
        ("linforme.com", "05-28 06:00", "Google France aussi ouvre un plan de départs",
         "Deux jours après Microsoft, la filiale française de Google propose une rupture conventionnelle collective à 80 salariés, selon nos informations."),
        ("journaldunet.com", "05-28 11:00", "Google France : 80 postes concernés par une RCC",
         "Le moteur de recherche confirme des négociations avec les syndicats de sa filiale parisienne sur des départs volontaires, principalement dans la publicité."),
        ("lefigaro.fr", "05-28 16:30", "Après Microsoft, Google réduit ses effectifs en France",
         "Le géant de Mountain View veut se séparer d'environ 80 salariés en France sur 1 700, par le biais d'une rupture conventionnelle collective."),
    ]),
    # ---------------------------------------------- Inetum: departure plan the same week
    ("inetum-rcc", "fresh87", [
        ("lemondeinformatique.fr", "05-28 09:30", "Inetum ouvre un plan de départs volontaires",
         "L'ESN propose à 180 salariés français de quitter l'entreprise dans le cadre d'une rupture conventionnelle collective, ciblant les activités d'infogérance en région."),
        ("channelnews.fr", "05-28 13:00", "Inetum : 180 postes concernés par une RCC",
         "Après la cession de plusieurs filiales, l'ESN réorganise ses activités françaises et ouvre un guichet de départs."),
    ]),
    # ---------------------------------------------- Atos: new job-protection plan of 1,100 posts
    ("atos-pse", "fresh87", [
        ("lesechos.fr", "06-09 05:45", "Atos annonce un nouveau plan social de 1 100 postes en France",
         "Le groupe informatique, sorti de sa restructuration financière, prévoit de supprimer 1 100 emplois en France d'ici 2027, notamment dans l'infogérance."),
        ("lemondeinformatique.fr", "06-09 09:00", "Atos va supprimer 1 100 emplois dans l'Hexagone",
         "Un plan de sauvegarde de l'emploi a été présenté au CSE central d'Atos ; il touche surtout les activités d'infogérance et les fonctions support."),
        ("latribune.fr", "06-09 11:30", "Nouvelle saignée chez Atos : plus d'un millier de postes supprimés",
         "L'ancien fleuron de l'informatique française engage un PSE portant sur 1 100 postes, après avoir déjà réduit ses effectifs de 2 500 personnes en deux ans."),
        ("channelnews.fr", "06-09 14:00", "Atos : un PSE de 1 100 postes sur la table",
         "La direction d'Atos a détaillé aux syndicats un plan de sauvegarde de l'emploi qui prévoit 1 100 suppressions de postes, dont 300 départs contraints."),
        ("silicon.fr", "06-10 08:30", "PSE chez Atos : les syndicats dénoncent « un plan de trop »",
         "Au lendemain de l'annonce de 1 100 suppressions de postes, la CFE-CGC et la CGT d'Atos réclament une expertise et promettent de contester le plan."),
    ]),
    # ---------------------------------------------- Atos: court suspends the plan five weeks later
    ("atos-pse-suspended", "fresh87", [
        ("lemagit.fr", "07-16 10:00", "Atos : la justice suspend le plan social",
         "Saisi par le CSE central, le tribunal judiciaire de Nanterre ordonne la suspension du PSE de 1 100 postes, faute d'information suffisante des représentants du personnel."),
        ("lesechos.fr", "07-16 13:30", "Coup d'arrêt judiciaire pour le PSE d'Atos",
         "Le tribunal judiciaire de Nanterre a donné raison aux élus du personnel, qui contestaient la procédure d'information-consultation ; Atos annonce faire appel."),
    ]),
    # ---------------------------------------------- Sopra Steria: remote work cut to two days
    ("sopra-steria-remote-cut", "fresh87", [
        ("lemondeinformatique.fr", "05-14 09:15", "Sopra Steria réduit le télétravail à deux jours par semaine",
         "L'ESN dénonce son accord de 2021 et imposera à partir de septembre trois jours de présence sur site à ses 20 000 salariés français."),
        ("silicon.fr", "05-14 12:00", "Retour au bureau : Sopra Steria serre la vis",
         "Les salariés français de l'ESN devront venir trois jours par semaine au bureau ou chez le client à partir du 1er septembre, au lieu de deux."),
        ("linforme.com", "05-14 16:30", "Chez Sopra Steria, la fin du télétravail à la carte passe mal",
         "La CFDT et la CGT de Sopra Steria dénoncent une décision unilatérale et menacent d'un mouvement social après la dénonciation de l'accord de télétravail."),
    ]),
    # ---------------------------------------------- Sopra Steria: graduate hiring plan
    ("sopra-steria-hiring", "fresh87", [
        ("usine-digitale.fr", "07-01 10:00", "Sopra Steria recrutera 2 500 jeunes diplômés d'ici la fin de l'année",
         "Malgré le ralentissement du marché, l'ESN maintient ses embauches de juniors en France, notamment à Toulouse, Nantes et Lille."),
    ]),
    # ---------------------------------------------- SFR: 1,200-post departure plan
    ("sfr-departure-plan", "fresh87", [
        ("lesechos.fr", "06-16 06:00", "SFR va supprimer 1 200 postes avant sa vente",
         "L'opérateur au carré rouge présente un plan de départs volontaires de 1 200 postes, alors que ses actifs doivent être cédés à Bouygues Telecom, Free et Orange."),
        ("bfmtv.com", "06-16 09:30", "SFR annonce un nouveau plan de départs de 1 200 salariés",
         "Le deuxième opérateur français propose un plan de départs volontaires qui concerne les boutiques, les centres d'appels et le siège de Saint-Denis."),
        ("frandroid.com", "06-16 12:00", "SFR : 1 200 emplois menacés, ce que l'on sait",
         "L'opérateur d'Altice veut réduire ses effectifs de près de 15 % ; voici le calendrier et les services concernés."),
        ("latribune.fr", "06-16 14:45", "Altice France taille dans les effectifs de SFR",
         "Patrick Drahi engage un plan de départs portant sur 1 200 postes chez SFR, trois ans après un premier plan de 1 000 départs."),
    ]),
    # ---------------------------------------------- SFR: strike a week later
    ("sfr-strike", "fresh87", [
        ("bfmtv.com", "06-23 10:00", "Grève chez SFR contre le plan de départs",
         "Les syndicats de SFR appellent à une journée de grève mardi dans les boutiques et les centres d'appels, une semaine après l'annonce de 1 200 suppressions de postes."),
        ("zdnet.fr", "06-23 15:30", "SFR : les salariés débraient à Saint-Denis",
         "Plusieurs centaines de salariés se sont rassemblés devant le siège de l'opérateur à Saint-Denis à l'appel de l'Unsa et de la CFDT."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: hiring fibre technicians
    ("bouygues-telecom-hiring", "fresh87", [
        ("clubic.com", "05-07 10:00", "Bouygues Telecom veut recruter 500 techniciens fibre",
         "L'opérateur ouvre 500 postes de techniciens d'intervention en CDI d'ici fin 2026 pour raccorder ses abonnés à la fibre optique."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: call centres moved abroad
    ("bouygues-telecom-offshoring", "fresh87", [
        ("latribune.fr", "07-07 08:00", "Bouygues Telecom délocalise une partie de son service client au Maroc",
         "L'opérateur va transférer 300 postes de téléconseillers de ses centres de Tours et de Bordeaux vers des prestataires au Maroc et au Portugal, selon la CFDT."),
        ("frandroid.com", "07-07 13:00", "Service client de Bouygues Telecom : 300 postes partent à l'étranger",
         "Les syndicats dénoncent le transfert de 300 emplois de téléconseillers français vers des prestataires offshore ; l'opérateur promet des reclassements."),
    ]),
    # ---------------------------------------------- Free: call-centre strike on wages
    ("free-callcentre-strike", "fresh87", [
        ("next.ink", "05-29 09:00", "Grève dans les centres d'appels de Free",
         "Les téléconseillers de Centrapel et de Mobipel, filiales d'Iliad, ont cessé le travail vendredi à Paris, Marseille et Bordeaux pour réclamer 150 euros d'augmentation mensuelle."),
        ("01net.com", "05-29 14:20", "Service client de Free perturbé par un mouvement social",
         "Les abonnés de Free pourraient patienter plus longtemps au téléphone : les conseillers des filiales de l'opérateur sont en grève pour leurs salaires."),
    ]),
    # ---------------------------------------------- Free: wage deal in the call centres two weeks later
    ("free-callcentre-deal", "fresh87", [
        ("next.ink", "06-15 09:30", "Free : accord salarial dans les centres d'appels après la grève",
         "Les filiales Centrapel et Mobipel d'Iliad ont signé avec la CFDT un accord prévoyant 90 euros d'augmentation mensuelle pour les téléconseillers."),
    ]),
    # ---------------------------------------------- Doctolib: 150 posts cut
    ("doctolib-layoffs", "fresh87", [
        ("lesechos.fr", "06-04 05:30", "Doctolib supprime 150 postes",
         "La licorne de la e-santé engage un plan de départs pour 150 salariés en France et en Allemagne, principalement dans les équipes commerciales, afin d'atteindre la rentabilité."),
        ("usine-digitale.fr", "06-04 10:00", "Doctolib réduit ses effectifs pour la première fois",
         "Le spécialiste de la prise de rendez-vous médicaux en ligne va se séparer de 150 collaborateurs, soit environ 5 % de ses effectifs."),
        ("journaldunet.com", "06-04 14:00", "La licorne de la e-santé se sépare de 5 % de ses salariés",
         "Doctolib annonce 150 suppressions de postes, après une année de croissance plus lente que prévu en Allemagne et en Italie."),
    ]),
    # ---------------------------------------------- Doctolib: return to office
    ("doctolib-rto", "fresh87", [
        ("numerama.com", "07-02 11:00", "Doctolib impose trois jours de présence au bureau",
         "À partir de septembre, les salariés de Doctolib devront venir trois jours par semaine au siège de Levallois-Perret, contre deux aujourd'hui."),
    ]),
    # ---------------------------------------------- Alan: end of full remote
    ("alan-end-full-remote", "fresh87", [
        ("linforme.com", "06-26 06:00", "Alan met fin au tout-télétravail",
         "Selon nos informations, la néo-assurance santé, pionnière du travail à distance, va demander à ses 600 salariés de venir deux jours par semaine dans ses bureaux parisiens."),
    ]),
    # ---------------------------------------------- Back Market: 80 posts cut
    ("backmarket-layoffs", "fresh87", [
        ("lesechos.fr", "05-20 06:30", "Back Market se sépare de 80 salariés",
         "Le spécialiste des produits reconditionnés va supprimer 80 postes, soit 10 % de ses effectifs, essentiellement à Paris et à Bordeaux."),
        ("frandroid.com", "05-20 10:45", "Back Market licencie 10 % de ses effectifs",
         "La plateforme française de smartphones reconditionnés annonce une réorganisation qui touche 80 employés."),
        ("numerama.com", "05-20 13:10", "Le reconditionné ne fait plus recette : Back Market réduit la voilure",
         "Face au ralentissement du marché, la start-up parisienne annonce 80 suppressions de postes."),
    ]),
    # ---------------------------------------------- Pennylane: funding round and 600 hires
    ("pennylane-funding-hiring", "fresh87", [
        ("lesechos.fr", "06-24 05:00", "Pennylane lève 200 millions d'euros et veut embaucher 600 personnes",
         "La fintech de la comptabilité boucle un tour de table mené par Sequoia et prévoit de doubler ses effectifs en France d'ici deux ans."),
        ("journaldunet.com", "06-24 08:30", "Pennylane : une levée de 200 M€ et 600 recrutements à la clé",
         "La start-up parisienne, valorisée 4 milliards d'euros, va recruter 600 collaborateurs, dont la moitié d'ingénieurs."),
        ("usine-digitale.fr", "06-24 11:00", "600 embauches : Pennylane met les bouchées doubles",
         "Fraîchement renflouée de 200 millions d'euros, la plateforme de gestion comptable ouvre aussi un bureau à Lyon."),
    ]),
    # ---------------------------------------------- Qonto: hiring plan, the same morning
    ("qonto-hiring-plan", "fresh87", [
        ("lesechos.fr", "06-24 05:30", "Qonto va recruter 500 personnes en 2026 malgré le coup de frein du secteur",
         "La néobanque des PME annonce 500 recrutements cette année, dont 300 en France, pour accompagner l'obtention de sa licence bancaire."),
        ("bfmtv.com", "06-24 09:15", "La néobanque Qonto prévoit 500 embauches cette année",
         "Alors que la French Tech réduit la voilure, la fintech parisienne maintient un plan de recrutement ambitieux, surtout dans la conformité et la tech."),
    ]),
    # ---------------------------------------------- Mirakl: 10 % of staff cut
    ("mirakl-layoffs", "fresh87", [
        ("lesechos.fr", "06-05 06:00", "Mirakl se sépare de 10 % de ses effectifs",
         "L'éditeur français de logiciels de places de marché supprime une centaine de postes, surtout aux États-Unis et à Paris, pour se recentrer sur l'IA."),
    ]),
    # ---------------------------------------------- Ledger: 12 % of staff cut
    ("ledger-layoffs", "fresh87", [
        ("lesechos.fr", "07-15 06:00", "Ledger supprime 12 % de ses effectifs",
         "Le fabricant français de portefeuilles de cryptomonnaies va se séparer d'environ 90 salariés, principalement à Paris et à Vierzon, après la chute du bitcoin."),
        ("clubic.com", "07-15 12:30", "Crypto : Ledger licencie près d'une centaine de salariés",
         "La licorne parisienne annonce un plan social touchant environ 90 postes, soit 12 % de ses effectifs."),
    ]),
    # ---------------------------------------------- Leboncoin: 70 tech posts cut
    ("leboncoin-layoffs", "fresh87", [
        ("journaldunet.com", "07-01 08:30", "Leboncoin supprime 70 postes dans la tech",
         "La plateforme de petites annonces réorganise ses équipes techniques et produit, et recourt davantage à l'IA générative pour le développement."),
    ]),
    # ---------------------------------------------- OVHcloud: datacentre technicians strike
    ("ovhcloud-dc-strike", "fresh87", [
        ("lemagit.fr", "06-11 09:30", "Grève dans les datacenters d'OVHcloud",
         "Des techniciens des datacenters de Roubaix et de Gravelines ont cessé le travail jeudi à l'appel de la CGT pour réclamer une prime d'astreinte et 5 % d'augmentation."),
        ("next.ink", "06-11 12:00", "OVHcloud : les techniciens de datacenter débraient",
         "Le mouvement touche les sites du Nord de l'hébergeur ; la direction assure que la continuité de service est garantie."),
        ("silicon.fr", "06-11 16:10", "Roubaix, Gravelines : mouvement social chez OVHcloud",
         "Les salariés des centres de données de l'hébergeur nordiste demandent une revalorisation de leurs salaires et de leurs astreintes."),
    ]),
    # ---------------------------------------------- OVHcloud: quarterly results
    ("ovhcloud-q3-results", "fresh87", [
        ("lemondeinformatique.fr", "07-09 17:30", "OVHcloud relève ses prévisions après un troisième trimestre solide",
         "L'hébergeur roubaisien affiche un chiffre d'affaires de 280 millions d'euros au troisième trimestre de son exercice, en hausse de 9 %."),
    ]),
    # ---------------------------------------------- Nokia: 350 posts in Lannion and Paris-Saclay
    ("nokia-france-pse", "fresh87", [
        ("lesechos.fr", "06-03 06:00", "Nokia veut supprimer 350 postes en France",
         "L'équipementier finlandais présente un plan de sauvegarde de l'emploi touchant ses sites de Lannion et de Paris-Saclay, dans la R&D sur les réseaux mobiles."),
        ("lemondeinformatique.fr", "06-03 10:00", "Nokia lance un nouveau PSE en France",
         "Le groupe prévoit 350 suppressions de postes dans sa filiale Alcatel-Lucent International, dont 200 à Lannion."),
        ("latribune.fr", "06-03 12:20", "Lannion à nouveau frappée par les suppressions d'emplois de Nokia",
         "Le site breton de l'équipementier, héritier d'Alcatel, perdrait 200 de ses 750 postes ; les élus locaux dénoncent un « abandon »."),
        ("zdnet.fr", "06-03 16:00", "Nokia : 350 emplois menacés à Lannion et Saclay",
         "L'équipementier télécoms confirme un plan social et promet de maintenir une activité de R&D 5G en France."),
    ]),
    # ---------------------------------------------- IBM France: collective departure plan
    ("ibm-france-rcc", "fresh87", [
        ("lemagit.fr", "07-08 09:00", "IBM France prépare une rupture conventionnelle collective",
         "La filiale française d'IBM veut supprimer 200 postes, principalement dans les services d'infogérance, selon les syndicats."),
        ("lemondeinformatique.fr", "07-08 13:00", "Big Blue réduit la voilure en France",
         "IBM France propose une rupture conventionnelle collective à 200 salariés, a indiqué la CFE-CGC à l'issue d'un CSE extraordinaire."),
    ]),
    # ---------------------------------------------- Accenture France: 300 consultants pushed out
    ("accenture-france-departures", "fresh87", [
        ("linforme.com", "07-22 06:00", "Accenture prépare une vague de départs en France",
         "Selon nos informations, le cabinet de conseil veut se séparer de 300 consultants en France en accélérant les départs négociés."),
        ("lemondeinformatique.fr", "07-22 11:00", "Accenture France : 300 consultants poussés vers la sortie, selon L'Informé",
         "Le cabinet aurait fixé des objectifs de départs à ses managers ; Accenture évoque une « gestion normale des effectifs »."),
    ]),
    # ---------------------------------------------- Salesforce France: about fifty posts
    ("salesforce-france-cuts", "fresh87", [
        ("zdnet.fr", "05-08 10:00", "Salesforce France supprime une cinquantaine de postes",
         "La filiale française de l'éditeur de CRM est touchée par le plan mondial de réduction des effectifs annoncé en avril, qui vise surtout le support client remplacé par des agents d'IA."),
    ]),
    # ---------------------------------------------- Worldline: 450 posts in France
    ("worldline-pse", "fresh87", [
        ("lesechos.fr", "06-30 06:30", "Worldline va supprimer 450 postes en France",
         "Le spécialiste des paiements présente un plan de sauvegarde de l'emploi dans le cadre de son programme d'économies, touchant surtout ses sites de Seclin et de Blois."),
        ("journaldunet.com", "06-30 10:00", "Worldline engage un PSE de 450 postes",
         "Le groupe de paiement électronique confirme un plan social qui concernera près de 10 % de ses effectifs français."),
        ("latribune.fr", "06-30 13:00", "Paiements : Worldline taille dans ses effectifs français",
         "Affaibli par la chute de son cours de Bourse, Worldline annonce 450 suppressions de postes en France et la cession de plusieurs activités."),
    ]),
    # ---------------------------------------------- Worldline: half-year results
    ("worldline-h1-results", "fresh87", [
        ("lesechos.fr", "07-29 05:45", "Worldline s'enfonce dans le rouge au premier semestre",
         "Le groupe de paiement publie une perte nette de 220 millions d'euros, alourdie par le coût de son plan social en France."),
    ]),
    # ---------------------------------------------- Akkodis: 400 posts in engineering consulting
    ("akkodis-pse", "fresh87", [
        ("lemondeinformatique.fr", "07-07 09:00", "Akkodis supprime 400 postes dans l'ingénierie",
         "La filiale d'Adecco spécialisée dans le conseil en ingénierie présente un PSE touchant surtout les consultants de l'automobile à Toulouse et Guyancourt."),
        ("usine-digitale.fr", "07-07 12:00", "Crise de l'automobile : Akkodis engage un plan social de 400 postes",
         "L'ESN d'ingénierie née du rapprochement d'Akka et de Modis pâtit du coup de frein des constructeurs sur leurs projets de R&D."),
    ]),
    # ---------------------------------------------- Solocal: 300 posts
    ("solocal-pse", "fresh87", [
        ("lesechos.fr", "07-23 06:00", "Solocal va supprimer 300 postes",
         "L'ex-Pages Jaunes annonce un plan de sauvegarde de l'emploi de 300 postes, essentiellement dans sa force de vente, face à la concurrence de Google."),
        ("journaldunet.com", "07-23 10:30", "L'ex-PagesJaunes engage un nouveau plan social",
         "Solocal prévoit 300 suppressions de postes et la fermeture de quatre agences régionales."),
    ]),
    # ---------------------------------------------- Alten: pressure on consultants between missions
    ("alten-intercontrat", "fresh87", [
        ("next.ink", "05-19 09:30", "Chez Alten, les consultants en intercontrat sous pression",
         "Des salariés de l'ESN témoignent de pressions pour démissionner lorsqu'ils sont sans mission ; la CGT a saisi l'inspection du travail."),
        ("lemondeinformatique.fr", "05-19 16:00", "Intercontrat : la CGT d'Alten saisit l'inspection du travail",
         "Le syndicat dénonce des entretiens répétés visant à pousser vers la sortie les ingénieurs sans mission ; Alten conteste ces accusations."),
    ]),
    # ---------------------------------------------- CGI France: strike call on wages
    ("cgi-france-strike", "fresh87", [
        ("lemondeinformatique.fr", "06-25 08:45", "Les salariés de CGI France appelés à la grève pour les salaires",
         "L'intersyndicale de l'ESN canadienne appelle à débrayer jeudi après une proposition d'augmentation générale de 1,2 %."),
    ]),
    # ---------------------------------------------- Thales: 9,000 hires, 4,000 in France
    ("thales-hiring", "fresh87", [
        ("lesechos.fr", "05-04 05:30", "Thales va recruter 9 000 personnes en 2026, dont 4 000 en France",
         "Porté par la défense, le groupe d'électronique maintient un rythme d'embauches élevé, notamment d'ingénieurs logiciels et de spécialistes en cybersécurité."),
        ("usine-digitale.fr", "05-04 09:30", "Thales : 4 000 embauches prévues en France cette année",
         "Le groupe cherche en priorité des ingénieurs en systèmes embarqués, en IA et en cybersécurité."),
        ("bfmtv.com", "05-04 12:00", "Défense : Thales lance un plan de recrutement massif",
         "Le groupe annonce 9 000 recrutements dans le monde en 2026, dont 4 000 dans l'Hexagone, un record."),
    ]),
    # ---------------------------------------------- Dassault Systèmes: 1,000 hires in France
    ("dassault-systemes-hiring", "fresh87", [
        ("usine-digitale.fr", "07-16 09:00", "Dassault Systèmes prévoit 1 000 embauches en France d'ici 2027",
         "L'éditeur de logiciels veut renforcer ses équipes d'ingénieurs en IA et en simulation, dont 300 à Vélizy et 150 à Aix-en-Provence."),
    ]),
    # ---------------------------------------------- Mistral AI: 400 hires and a Marseille office
    ("mistral-hiring", "fresh87", [
        ("usine-digitale.fr", "06-17 08:30", "Mistral AI veut recruter 400 personnes d'ici la fin de l'année",
         "La start-up française d'IA, qui compte 800 salariés, ouvre un bureau à Marseille et renforce ses équipes de recherche à Paris."),
        ("lefigaro.fr", "06-17 12:00", "Mistral AI ouvre un bureau à Marseille et promet 400 embauches",
         "Arthur Mensch a annoncé à VivaTech un plan de recrutement qui doit porter les effectifs du champion français de l'IA à 1 200 personnes."),
    ]),
    # ---------------------------------------------- CNIL fines Concentrix for monitoring teleworkers
    ("concentrix-cnil-fine", "fresh87", [
        ("next.ink", "05-21 09:00", "Télétravail surveillé : la CNIL inflige 3 millions d'euros d'amende à Concentrix",
         "Le gendarme des données reproche au centre d'appels d'avoir capté en continu l'écran et la webcam de ses téléconseillers en télétravail."),
        ("numerama.com", "05-21 11:30", "Webcam allumée en permanence : la CNIL sanctionne Concentrix",
         "Une amende de 3 millions d'euros pour la surveillance excessive de salariés à domicile, une première pour le télétravail."),
        ("lemagit.fr", "05-21 15:00", "Surveillance des salariés : amende de 3 M€ pour Concentrix France",
         "La CNIL juge disproportionnés les outils de contrôle imposés aux téléconseillers en télétravail, dont des captures d'écran toutes les deux minutes."),
    ]),
    # ---------------------------------------------- Conseil d'État upholds Amazon France Logistique's older fine
    ("amazon-logistique-conseil-etat", "fresh87", [
        ("next.ink", "06-19 10:00", "Surveillance des salariés : le Conseil d'État confirme l'amende d'Amazon France Logistique",
         "La haute juridiction administrative rejette le recours d'Amazon contre l'amende de 32 millions d'euros infligée par la CNIL pour le suivi des scanners de ses préparateurs de commandes."),
    ]),
    # ---------------------------------------------- Concentrix appeals its fine, six weeks later
    ("concentrix-appeal", "fresh87", [
        ("next.ink", "07-06 10:00", "Concentrix conteste son amende devant le Conseil d'État",
         "Le centre d'appels a déposé un recours contre la sanction de 3 millions d'euros prononcée en mai par la CNIL pour la surveillance de ses télétravailleurs."),
        ("lemagit.fr", "07-06 14:30", "Amende de la CNIL : Concentrix saisit le Conseil d'État",
         "Le prestataire de relation client estime que ses outils de contrôle étaient nécessaires pour protéger les données de ses clients."),
    ]),
    # ---------------------------------------------- Apple Stores: strike on wages
    ("apple-store-strike", "fresh87", [
        ("bfmtv.com", "05-30 10:00", "Grève dans les Apple Store français ce samedi",
         "Les salariés des Apple Store de l'Opéra, de Lyon et de Marseille réclament une hausse de 7 % des salaires, à l'appel de l'Unsa et de la CGT."),
        ("frandroid.com", "05-30 13:30", "Apple Store : pourquoi les vendeurs font grève aujourd'hui",
         "Salaires, plannings, primes : les revendications des employés des boutiques Apple françaises, qui débraient pour la première fois depuis 2021."),
        ("01net.com", "05-30 16:00", "Les employés de la marque à la pomme cessent le travail en France",
         "Plusieurs boutiques Apple ont ouvert avec des effectifs réduits samedi, en raison d'un mouvement social sur les salaires."),
    ]),
    # ---------------------------------------------- Marseille moderation centre for Meta closes
    ("meta-moderators-marseille", "fresh87", [
        ("numerama.com", "07-20 09:00", "À Marseille, 250 modérateurs de Meta perdent leur emploi",
         "Le sous-traitant Majorel, filiale de Teleperformance, ferme son centre de modération de contenus marseillais après la perte du contrat de Meta."),
        ("next.ink", "07-20 13:30", "Fin de contrat avec Meta : un centre de modération ferme à Marseille",
         "Quelque 250 salariés chargés de modérer Facebook et Instagram en français sont concernés par un licenciement économique."),
    ]),
    # ---------------------------------------------- Deliveroo: riders reclassified as employees
    ("deliveroo-prudhommes", "fresh87", [
        ("lefigaro.fr", "06-12 14:00", "Deliveroo condamné par les prud'hommes à requalifier 90 livreurs",
         "Le conseil de prud'hommes de Paris reconnaît l'existence d'un lien de subordination et accorde en moyenne 20 000 euros à chaque coursier."),
    ]),
    # ---------------------------------------------- France Travail: AI CV assistant launched
    ("france-travail-ai-cv-launch", "fresh87", [
        ("zdnet.fr", "05-18 09:00", "France Travail lance un assistant d'IA pour rédiger les CV",
         "L'opérateur public de l'emploi met à disposition des demandeurs d'emploi un outil d'IA générative, développé avec Mistral AI, qui rédige CV et lettres de motivation."),
        ("01net.com", "05-18 12:30", "France Travail dégaine son IA pour aider les chômeurs à écrire leur CV",
         "Baptisé « Mon CV IA », le service est accessible dans l'espace personnel des 6 millions d'inscrits."),
        ("clubic.com", "05-18 15:10", "L'opérateur public de l'emploi se met à l'IA générative",
         "France Travail déploie un assistant conçu avec Mistral AI pour générer CV et lettres de motivation à partir du profil des candidats."),
    ]),
    # ---------------------------------------------- France Travail: the AI tool invents degrees, three days later
    ("france-travail-ai-cv-bug", "fresh87", [
        ("numerama.com", "05-21 08:00", "L'IA de France Travail invente des diplômes sur les CV",
         "Plusieurs demandeurs d'emploi signalent que « Mon CV IA » ajoute des formations et des expériences fictives à leur CV ; France Travail suspend la fonction de reformulation."),
        ("01net.com", "05-21 13:00", "France Travail suspend en partie son assistant de CV après des erreurs",
         "Trois jours après son lancement, l'outil d'IA générative de l'opérateur public a été pris en flagrant délit d'hallucinations."),
    ]),
    # ---------------------------------------------- Apec monthly barometer, April figures
    ("apec-barometer-may", "fresh87", [
        ("lemondeinformatique.fr", "05-12 08:00", "Apec : les offres d'emploi cadres en informatique reculent de 12 % en avril",
         "Selon le baromètre mensuel de l'Apec, les recruteurs ont publié 12 % d'offres en moins pour les cadres de l'informatique en avril par rapport à l'an dernier."),
        ("journaldunet.com", "05-12 11:00", "Emploi des cadres IT : nouveau coup de frein en avril",
         "Le baromètre de l'Apec fait état d'un recul de 12 % sur un an des offres destinées aux informaticiens, la plus forte baisse parmi les fonctions cadres."),
    ]),
    # ---------------------------------------------- Apec monthly barometer, May figures
    ("apec-barometer-june", "fresh87", [
        ("lemondeinformatique.fr", "06-10 08:00", "Apec : les offres cadres en informatique se stabilisent en mai",
         "Le baromètre mensuel de l'Apec montre un recul limité à 3 % sur un an des offres d'emploi pour les cadres de l'informatique en mai."),
        ("journaldunet.com", "06-10 10:30", "Emploi des cadres IT : l'Apec voit une accalmie en mai",
         "Après plusieurs mois de forte baisse, les offres pour les informaticiens ne reculent plus que de 3 % selon l'Apec."),
    ]),
    # ---------------------------------------------- Apec yearly salary study, the day after
    ("apec-it-salaries", "fresh87", [
        ("lemondeinformatique.fr", "06-11 07:30", "Apec : les salaires des cadres informatiques progressent de 2 % en 2025",
         "Selon l'étude annuelle de l'Apec sur les rémunérations, les cadres de l'informatique ont perçu un salaire médian de 58 000 euros bruts l'an dernier."),
    ]),
    # ---------------------------------------------- Welcome to the Jungle developer salary study
    ("wttj-dev-salaries", "fresh87", [
        ("journaldunet.com", "06-02 08:00", "Salaires des développeurs : la hausse s'arrête net",
         "Selon l'étude annuelle de Welcome to the Jungle, le salaire médian d'un développeur à Paris stagne à 52 000 euros bruts par an, une première depuis dix ans."),
        ("01net.com", "06-02 14:00", "Combien gagne un développeur en France en 2026 ?",
         "La nouvelle étude de Welcome to the Jungle chiffre à 52 000 euros le salaire médian d'un développeur parisien, stable sur un an, et à 45 000 euros en région."),
    ]),
    # ---------------------------------------------- Numeum lowers its forecast and job creations
    ("numeum-forecast", "fresh87", [
        ("lemondeinformatique.fr", "06-30 09:00", "Numeum abaisse ses prévisions pour le secteur numérique",
         "La chambre syndicale des ESN et éditeurs ne prévoit plus qu'une croissance de 0,8 % en 2026 et anticipe 5 000 créations nettes d'emplois, contre 15 000 l'an dernier."),
        ("channelnews.fr", "06-30 12:00", "Numeum : les ESN lèvent le pied sur les embauches",
         "Le syndicat professionnel table sur 5 000 créations nettes de postes dans le numérique cette année, trois fois moins qu'en 2025."),
        ("itforbusiness.fr", "06-30 15:00", "Conjoncture : le numérique français marque le pas",
         "Selon Numeum, le marché français des logiciels et services progressera de moins de 1 % en 2026, pénalisé par le conseil en technologies."),
    ]),
    # ---------------------------------------------- Campus Cyber observatory: 15,000 unfilled cyber posts
    ("campus-cyber-skills-gap", "fresh87", [
        ("zdnet.fr", "06-05 09:00", "Cybersécurité : 15 000 postes non pourvus en France, selon le Campus Cyber",
         "La première édition de l'observatoire des métiers de la cybersécurité estime que les employeurs peinent à recruter analystes SOC et pentesteurs."),
        ("silicon.fr", "06-05 14:00", "Pénurie de talents en cybersécurité : il manque 15 000 profils",
         "L'étude du Campus Cyber, menée auprès de 800 employeurs, pointe un déficit persistant malgré l'essor des formations."),
    ]),
    # ---------------------------------------------- ChannelNews weekly appointments, week 20
    ("channelnews-mercato-w20", "fresh87", [
        ("channelnews.fr", "05-15 17:00", "Mercato de la semaine : Sopra Steria, Econocom, Inetum",
         "Les nominations de la semaine dans le channel et les ESN : une nouvelle DRH chez Sopra Steria, un directeur commercial chez Econocom et un DG France chez Inetum."),
    ]),
    # ---------------------------------------------- ChannelNews weekly appointments, week 21
    ("channelnews-mercato-w21", "fresh87", [
        ("channelnews.fr", "05-22 17:00", "Mercato de la semaine : Capgemini, Exclusive Networks, Nutanix",
         "Les nominations de la semaine : un nouveau directeur des ressources humaines France chez Capgemini, une directrice channel chez Exclusive Networks et un country manager chez Nutanix."),
    ]),
    # ---------------------------------------------- ChannelNews weekly appointments, week 22
    ("channelnews-mercato-w22", "fresh87", [
        ("channelnews.fr", "05-29 17:00", "Mercato de la semaine : Microsoft France, Computacenter, Atos",
         "Les nominations de la semaine : une nouvelle directrice du secteur public chez Microsoft France, un DG adjoint chez Computacenter et un DRH chez Atos."),
    ]),
    # ---------------------------------------------- JDN weekly "start-ups hiring", week 20
    ("jdn-startups-hiring-w20", "fresh87", [
        ("journaldunet.com", "05-11 07:00", "Ces start-up qui recrutent cette semaine : Alan, Swile, Mirakl",
         "Chaque lundi, notre sélection des jeunes pousses qui embauchent : 40 postes chez Alan, 25 chez Swile et 30 chez Mirakl."),
    ]),
    # ---------------------------------------------- JDN weekly "start-ups hiring", week 24
    ("jdn-startups-hiring-w24", "fresh87", [
        ("journaldunet.com", "06-08 07:00", "Ces start-up qui recrutent cette semaine : Pigment, Lydia, Contentsquare",
         "Chaque lundi, notre sélection des jeunes pousses qui embauchent : 50 postes chez Pigment, 20 chez Lydia et 35 chez Contentsquare."),
    ]),
    # ---------------------------------------------- JDN weekly "start-ups hiring", week 28
    ("jdn-startups-hiring-w28", "fresh87", [
        ("journaldunet.com", "07-06 07:00", "Ces start-up qui recrutent cette semaine : Pennylane, Dataiku, PayFit",
         "Chaque lundi, notre sélection des jeunes pousses qui embauchent : 60 postes ouverts chez Pennylane, 30 chez Dataiku et 25 chez PayFit."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
