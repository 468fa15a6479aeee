"""The 47th fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh47".
Positives: a scoop by L'Informé then its pick-ups "selon L'Informé" and a syndicated "selon Les Echos"; English-word
titles ("Layoffs chez SFR", "Breach chez Bouygues Telecom", "Outage chez Orange"); an event named only by periphrasis
("l'opérateur historique", "le géant sud-coréen", "la firme à la pomme", "l'ex-Pôle emploi"); titles sharing almost
no word with the rest ("Vos données de chômeur sont peut-être dans la nature", "Christel Heydemann s'offre
l'Espagne", "Les données de santé des Français vont quitter Microsoft"); terse follow-ups ("le réseau mobile revient
progressivement"); post-mortems and reactions the next day (cause of the Orange outage, the minister's summons, a
ransom claim, a quote as title from Martin Bouygues); explainers ("ce qui change", "ce que contient le projet");
a same-evening hands-on; a bug report followed by the vendor's fix announcement the next day.
Hard negatives: Orange's nationwide mobile outage then a vaguer fibre outage six days later; Bouygues Telecom's mobile
outage weeks later; SFR layoffs then a strike; the joint bid for SFR then the raised bid five weeks later; Freebox
Pop 2 launch then its Wi-Fi-dropping bug; Bouygues Telecom data leak then Free's leak two days later ("après
Bouygues Telecom"), then a ransomware at Bouygues Construction (same group name, another firm); CNIL fine on Free
for its 2024 leak versus Free's new leak, and the fine versus its appeal two months later; Google's DMA fine versus
its appeal; court blocking order on the four ISPs then on VPN providers; France Travail leak then the Cnav leak two
days later; ransomware at Villeurbanne then at the Loiret department ("après Villeurbanne"); FranceConnect outage
then ANTS outage two days later; two DINUM announcements ten days apart; carte Vitale app versus France Identité
driving licence in the iPhone wallet; Pronote outage at the January return versus hijacked Pronote accounts in March;
DDoS waves on the first and second rounds of the municipal elections; Samsung's Unpacked invitation versus the
launch itself; Galaxy S26 versus Galaxy Buds 4 at the same keynote; S26 full review two weeks later and the S26
flickering-screen bug; Galaxy Z TriFold arriving in France a month earlier; iPhone 17e then MacBook Air M5 the next
day; iOS 26.3 release then its battery-draining bug; Pixel 10a launch then the Pixel update cutting Wi-Fi; three
MWC announcements on consecutive days (Xiaomi, Orange with Mistral AI, Nothing); Mistral's own datacenter versus
its Orange deal; two CES laptops on the same morning; Withings ring at CES then a Withings sync bug; Patch Tuesday
January then the January update that keeps PCs from shutting down, then Patch Tuesday February; Orange then Bouygues
annual results; STMicroelectronics results then a strike at Crolles; two start-up rounds on the same morning;
SFR's 8 Gbit/s box versus the Freebox launch; weekly deals posts, mobile-plan roundups, test recaps and cyber
weeklies that recur and mention the week's stories.
`build` fixes the year 2026; times are UTC, January, February and March 2026.

Measured once on 59fb917, part-way through stop 26: precision 1.000, recall 0.807 (1.000 / 0.763 on
2e261f0, the code that landed at stop 25: the firm and one kind of event both titles name found 6 more
pairs). Then tuned on (1.000 / 0.844 on the code that lands).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Orange: nationwide mobile outage, Wednesday 14 January
    ("orange-mobile-outage-jan", "fresh47", [
        ("bfmtv.com", "01-14 10:15",
         "Panne géante chez Orange : des millions d'abonnés privés de réseau mobile",
         "Depuis 8 heures ce mercredi, de nombreux clients Orange ne peuvent plus passer d'appels ni envoyer de SMS, partout en France."),
        ("01net.com", "01-14 11:40",
         "Orange en panne : appels et SMS impossibles dans toute la France",
         "L'opérateur reconnaît un incident sur son cœur de réseau mobile ; les numéros d'urgence restent difficilement joignables."),
        ("frandroid.com", "01-14 13:05",
         "Plus de réseau ? L'opérateur historique confirme un incident national",
         "Les abonnés mobiles de l'opérateur historique voient s'afficher « Appels d'urgence uniquement » sur leur smartphone depuis ce matin."),
        ("numerama.com", "01-14 17:30",
         "Le réseau mobile revient progressivement",
         "Après près de dix heures de perturbations, Orange annonce un retour à la normale pour la majorité de ses clients."),
        ("lemondeinformatique.fr", "01-15 09:20",
         "Panne Orange : une mise à jour logicielle en cause",
         "Au lendemain de la coupure, l'opérateur attribue l'incident à une mise à jour défectueuse d'un équipement de son cœur de réseau mobile."),
        ("clubic.com", "01-15 12:00",
         "Outage chez Orange : le ministre convoque l'opérateur",
         "La ministre déléguée au Numérique demande des explications après la panne qui a privé mercredi des millions de Français d'appels, y compris vers le 15 et le 112."),
    ]),
    # ---------------------------------------------- Orange: fibre outage in the south-west, six days later
    ("orange-fibre-outage-jan", "fresh47", [
        ("zdnet.fr", "01-20 09:45",
         "Orange : nouvelle panne, cette fois sur la fibre",
         "Moins d'une semaine après la coupure de son réseau mobile, l'opérateur fait face à un incident touchant des abonnés fibre, notamment dans le Sud-Ouest."),
        ("01net.com", "01-20 14:10",
         "Internet coupé chez des clients Orange : l'opérateur enquête",
         "Des abonnés Livebox signalent une perte de connexion depuis le début de matinée ; Orange évoque un câble sectionné."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: mobile outage in Île-de-France, March
    ("bouygues-mobile-outage-mar", "fresh47", [
        ("01net.com", "03-05 08:30",
         "Panne Bouygues Telecom : le réseau mobile coupé en Île-de-France",
         "Depuis tôt ce jeudi matin, des abonnés de Bouygues Telecom à Paris et en petite couronne n'ont plus ni données mobiles ni appels."),
        ("frandroid.com", "03-05 10:15",
         "Les appels ne passent plus chez Bouygues Telecom, l'opérateur confirme un incident",
         "L'opérateur évoque une panne d'un équipement de routage en région parisienne et promet un retour à la normale dans la matinée."),
    ]),
    # ---------------------------------------------- SFR: about 1,000 job cuts (scoop L'Informé)
    ("sfr-layoffs", "fresh47", [
        ("linforme.com", "01-08 06:15",
         "SFR prépare la suppression d'un millier de postes",
         "Selon nos informations, la direction de l'opérateur au carré rouge présentera aux syndicats un plan de départs volontaires visant environ 1 000 emplois."),
        ("lesechos.fr", "01-08 09:30",
         "SFR va supprimer environ 1 000 postes, selon L'Informé",
         "Altice France, maison mère de SFR, confirme préparer une nouvelle réorganisation, sans commenter le chiffre avancé."),
        ("silicon.fr", "01-08 12:00",
         "Layoffs chez SFR",
         "Un millier de postes seraient visés par le nouveau plan de départs de l'opérateur, dans les boutiques et les services clients."),
        ("bfmtv.com", "01-08 15:45",
         "L'opérateur de Patrick Drahi veut encore réduire ses effectifs",
         "Après les 2 000 départs de 2021, SFR s'apprête à lancer un nouveau plan visant un millier de salariés."),
        ("lemondeinformatique.fr", "01-09 10:00",
         "Plan de départs chez SFR : ce que contient le projet",
         "Boutiques, centres d'appels, fonctions support : le détail du projet qui doit conduire au départ d'environ un millier de salariés."),
    ]),
    # ---------------------------------------------- SFR: strike against the plan, two weeks later
    ("sfr-strike", "fresh47", [
        ("bfmtv.com", "01-22 11:30",
         "Grève chez SFR : les boutiques tournent au ralenti",
         "À l'appel de l'intersyndicale, des salariés de SFR ont cessé le travail ce jeudi pour protester contre le projet de suppression d'un millier de postes."),
        ("next.ink", "01-22 16:00",
         "Débrayage chez SFR contre le plan de départs",
         "L'UNSA et la CFDT revendiquent plusieurs centaines de grévistes dans les centres d'appels et les boutiques de l'opérateur."),
    ]),
    # ---------------------------------------------- SFR: joint bid by Bouygues, Iliad and Orange
    ("sfr-joint-bid", "fresh47", [
        ("lesechos.fr", "02-03 06:00",
         "Bouygues, Iliad et Orange déposent une offre de 19,5 milliards pour SFR",
         "Les trois opérateurs ont transmis à Altice France une offre ferme de rachat pour se partager les activités de l'opérateur au carré rouge."),
        ("latribune.fr", "02-03 08:30",
         "Démantèlement de SFR : le trio d'opérateurs passe à l'offensive",
         "Bouygues Telecom récupérerait l'essentiel des clients entreprises, Free et Orange se partageant les abonnés grand public et les fréquences."),
        ("01net.com", "02-03 11:00",
         "Rachat de SFR : ce que ça changerait pour les abonnés",
         "Si l'offre aboutit, les clients de SFR seraient répartis entre trois opérateurs. On fait le point sur vos forfaits et votre box."),
        ("frandroid.com", "02-03 14:20",
         "Bientôt découpé en trois ?",
         "L'offre commune de Bouygues, Iliad et Orange relance le scénario d'un retour à trois opérateurs mobiles, sans l'opérateur au carré rouge."),
        ("lefigaro.fr", "02-04 07:30",
         "« Une offre ferme et définitive » : Martin Bouygues défend le partage de SFR",
         "Au lendemain du dépôt de l'offre commune, le président de Bouygues assure que l'opération préservera la concurrence sur le mobile."),
    ]),
    # ---------------------------------------------- SFR: the trio raises its bid, five weeks later
    ("sfr-bid-raised", "fresh47", [
        ("lesechos.fr", "03-10 06:30",
         "SFR : Bouygues, Iliad et Orange relèvent leur offre à 21 milliards",
         "Faute d'accord avec Altice, le trio d'opérateurs améliore de 1,5 milliard d'euros son offre pour se partager SFR."),
        ("latribune.fr", "03-10 10:15",
         "Rachat de SFR : une nouvelle offre pour faire plier Patrick Drahi",
         "Les trois opérateurs mettent 21 milliards d'euros sur la table et donnent trois semaines à Altice pour répondre."),
    ]),
    # ---------------------------------------------- Free: Freebox Pop 2 launch
    ("freebox-pop2-launch", "fresh47", [
        ("frandroid.com", "01-27 10:30",
         "Free lance la Freebox Pop 2 : Wi-Fi 7, 8 Gbit/s et prix en hausse",
         "L'opérateur de Xavier Niel renouvelle son offre d'entrée de gamme avec un boîtier compatible Wi-Fi 7, facturé 34,99 euros par mois."),
        ("lesnumeriques.com", "01-27 11:15",
         "Freebox Pop 2 officielle : tout ce qu'il faut savoir",
         "Débits, player, prix et disponibilité : Free a présenté ce mardi la nouvelle génération de sa box la plus vendue."),
        ("01net.com", "01-27 15:00",
         "Free dévoile sa nouvelle box : faut-il craquer ?",
         "La nouvelle Pop promet plus de débit et un Wi-Fi plus stable ; on l'a comparée aux offres d'Orange, SFR et Bouygues Telecom."),
    ]),
    # ---------------------------------------------- Free: the new box keeps dropping Wi-Fi, a week later
    ("freebox-pop2-wifi-bug", "fresh47", [
        ("01net.com", "02-04 09:00",
         "Freebox Pop 2 : des abonnés se plaignent de coupures de Wi-Fi",
         "Depuis une semaine, des clients de la nouvelle box de Free voient leur Wi-Fi se couper plusieurs fois par jour ; l'opérateur promet un correctif."),
        ("frandroid.com", "02-04 13:30",
         "Votre nouvelle Freebox coupe le Wi-Fi la nuit ? Free prépare une mise à jour",
         "Sur les forums, les premiers abonnés décrivent des téléphones et des ordinateurs qui perdent la connexion sans fil sans raison."),
        ("numerama.com", "02-05 08:45",
         "Free reconnaît un bug sur sa nouvelle box et déploie un correctif",
         "Le firmware 1.2 de la Freebox Pop 2 doit mettre fin aux déconnexions Wi-Fi signalées depuis le lancement."),
    ]),
    # ---------------------------------------------- SFR: 8 Gbit/s fibre box (single)
    ("sfr-box-8g", "fresh47", [
        ("clubic.com", "02-24 09:30",
         "SFR lance une box fibre à 8 Gbit/s pour contrer Free",
         "L'opérateur au carré rouge muscle son offre Premium avec un boîtier Wi-Fi 7 et des débits symétriques, à 45 euros par mois."),
    ]),
    # ---------------------------------------------- Free Mobile: price rise for new subscribers
    ("free-mobile-price-rise", "fresh47", [
        ("01net.com", "03-02 10:00",
         "Free Mobile augmente le prix de son forfait 5G pour les nouveaux abonnés",
         "Le forfait 250 Go passe de 19,99 à 21,99 euros par mois ; les abonnés actuels ne sont pas concernés."),
        ("clubic.com", "03-02 14:30",
         "Deux euros de plus : le forfait phare de l'opérateur de Xavier Niel grimpe",
         "Free relève le tarif de son offre mobile principale pour les nouveaux clients, une première depuis 2024."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: customer data stolen
    ("bouygues-telecom-leak", "fresh47", [
        ("zdnet.fr", "01-27 09:30",
         "Bouygues Telecom victime d'une cyberattaque : des données de clients dérobées",
         "L'opérateur informe ses abonnés qu'un attaquant a eu accès à des noms, numéros de téléphone et IBAN ; les mots de passe ne seraient pas concernés."),
        ("numerama.com", "01-27 12:10",
         "Breach chez Bouygues Telecom : vérifiez vos mails",
         "L'opérateur écrit à des millions de clients dont les coordonnées bancaires ont fuité. Voici comment éviter les arnaques qui vont suivre."),
        ("lemagit.fr", "01-27 16:40",
         "Bouygues Telecom : l'intrusion aurait visé un outil de gestion des clients",
         "Selon nos informations, l'attaquant a utilisé les identifiants d'un prestataire pour interroger l'outil de relation client de l'opérateur."),
        ("bfmtv.com", "01-28 07:50",
         "6,4 millions de clients Bouygues concernés par le vol de données",
         "L'opérateur a précisé mardi soir l'ampleur de l'attaque ; une plainte a été déposée et la CNIL notifiée."),
    ]),
    # ---------------------------------------------- Free: its own data leak, two days later
    ("free-leak-jan", "fresh47", [
        ("zdnet.fr", "01-29 10:00",
         "Après Bouygues Telecom, Free à son tour victime d'une fuite de données",
         "Un pirate met en vente un fichier présenté comme issu des systèmes de Free ; l'opérateur confirme un accès non autorisé à un outil de gestion."),
        ("01net.com", "01-29 13:20",
         "Free confirme une fuite : adresses et numéros d'abonnés exposés",
         "Deux jours après son concurrent, l'opérateur de Xavier Niel reconnaît une intrusion ; aucune donnée bancaire n'aurait été dérobée."),
    ]),
    # ---------------------------------------------- Bouygues Construction: ransomware (same group name, not the telco)
    ("bouygues-construction-ransomware", "fresh47", [
        ("lemagit.fr", "02-02 08:30",
         "Bouygues Construction frappé par un rançongiciel",
         "La filiale de BTP du groupe Bouygues a isolé une partie de son système d'information après une attaque découverte ce week-end ; les chantiers continuent."),
    ]),
    # ---------------------------------------------- CNIL fines Free for the 2024 leak
    ("cnil-fine-free", "fresh47", [
        ("next.ink", "01-15 11:00",
         "La CNIL inflige 30 millions d'euros d'amende à Free et Free Mobile",
         "Le gendarme des données personnelles sanctionne l'opérateur pour des manquements à la sécurité révélés par la fuite de données d'octobre 2024."),
        ("lemondeinformatique.fr", "01-15 14:30",
         "Fuite de 2024 : Free sanctionné par la CNIL",
         "L'autorité reproche à l'opérateur des accès VPN mal protégés et une information trop tardive des abonnés ; l'amende atteint 30 millions d'euros."),
        ("numerama.com", "01-15 16:00",
         "30 millions d'euros : la facture salée d'une fuite vieille de quinze mois",
         "Le gendarme de la vie privée estime que Free n'avait pas pris les mesures de base pour protéger les données de ses 19 millions d'abonnés."),
    ]),
    # ---------------------------------------------- Free appeals the CNIL fine, two months later
    ("free-cnil-appeal", "fresh47", [
        ("next.ink", "03-16 09:30",
         "Free conteste son amende CNIL devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction de 30 millions d'euros prononcée en janvier, qu'il juge disproportionnée."),
        ("zdnet.fr", "03-16 15:00",
         "Amende de 30 millions : Iliad saisit le Conseil d'État",
         "La maison mère de Free demande l'annulation de la sanction infligée par la CNIL après la fuite de 2024."),
    ]),
    # ---------------------------------------------- Orange: 2025 annual results
    ("orange-results-2025", "fresh47", [
        ("lesechos.fr", "02-11 06:45",
         "Orange renoue avec la croissance de son bénéfice en 2025",
         "L'opérateur historique affiche un résultat net en hausse de 8 % et relève son objectif de cash-flow pour 2026."),
        ("latribune.fr", "02-11 09:00",
         "Résultats annuels : Orange porté par l'Espagne et l'Afrique",
         "Le chiffre d'affaires progresse de 1,4 %, à 40,8 milliards d'euros, grâce à MasOrange et à la zone Afrique Moyen-Orient."),
        ("journaldunet.com", "02-11 12:30",
         "Orange : en France, le recul continue",
         "Malgré des comptes annuels solides, l'opérateur voit son chiffre d'affaires baisser dans l'Hexagone, pénalisé par la fin du cuivre et la guerre des prix."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: 2025 annual results, two weeks later
    ("bouygues-results-2025", "fresh47", [
        ("lesechos.fr", "02-26 07:00",
         "Bouygues Telecom gagne encore des abonnés fibre en 2025",
         "La filiale télécoms du groupe Bouygues affiche un chiffre d'affaires de 8 milliards d'euros et 310 000 nouveaux clients fibre."),
        ("latribune.fr", "02-26 10:00",
         "Résultats annuels : Bouygues Telecom tient la cadence",
         "L'opérateur confirme son objectif d'Ebitda pour 2026, malgré la pression tarifaire sur le mobile."),
    ]),
    # ---------------------------------------------- Orange buys out MasOrange
    ("orange-masorange-buyout", "fresh47", [
        ("lesechos.fr", "03-05 06:30",
         "Orange va prendre le contrôle total de MasOrange",
         "L'opérateur historique rachète pour 4,2 milliards d'euros les 50 % qu'il ne détenait pas dans sa coentreprise espagnole."),
        ("bfmtv.com", "03-05 08:15",
         "Orange s'apprête à racheter la totalité de MasOrange, selon Les Echos",
         "Le groupe français débourserait 4,2 milliards d'euros pour devenir l'unique actionnaire du premier opérateur espagnol."),
        ("latribune.fr", "03-05 09:40",
         "Espagne : Orange met 4,2 milliards sur la table pour MasOrange",
         "Le groupe rachète la part des fonds KKR, Cinven et Providence dans le numéro un espagnol des télécoms."),
        ("lefigaro.fr", "03-05 12:00",
         "Christel Heydemann s'offre l'Espagne",
         "La directrice générale boucle la plus grosse opération depuis son arrivée à la tête du groupe : 4,2 milliards pour la moitié qui lui manquait au-delà des Pyrénées."),
    ]),
    # ---------------------------------------------- Orange: copper network shut in a first batch of towns
    ("orange-copper-first-batch", "fresh47", [
        ("next.ink", "01-30 10:00",
         "Fin du cuivre : 162 communes basculent ce samedi",
         "Orange ferme le réseau téléphonique historique dans un premier lot de communes ; l'ADSL et le téléphone fixe y cessent définitivement."),
        ("01net.com", "01-31 09:00",
         "ADSL : c'est terminé dans ces communes, que faire si vous êtes concerné ?",
         "Depuis ce samedi, les lignes cuivre ne fonctionnent plus dans 162 communes. Fibre, 4G fixe, satellite : les solutions."),
    ]),
    # ---------------------------------------------- Court orders the four ISPs to block sports streaming sites
    ("blocking-order-isps", "fresh47", [
        ("next.ink", "01-16 10:30",
         "Streaming sportif : le tribunal ordonne à Orange, SFR, Bouygues et Free de bloquer 40 sites",
         "Saisi par la Ligue de football professionnel, le tribunal judiciaire de Paris impose aux quatre opérateurs un blocage DNS jusqu'à la fin de la saison."),
        ("numerama.com", "01-16 15:00",
         "Matchs piratés : une quarantaine de sites bientôt inaccessibles en France",
         "La justice a validé la demande de la LFP contre des sites qui diffusent illégalement la Ligue 1."),
    ]),
    # ---------------------------------------------- Court orders VPN providers to block, a month later
    ("blocking-order-vpns", "fresh47", [
        ("next.ink", "02-19 11:00",
         "Piratage sportif : la justice ordonne cette fois aux VPN de bloquer des sites",
         "Après les opérateurs en janvier, ce sont NordVPN, ProtonVPN et Surfshark que le tribunal judiciaire de Paris contraint à bloquer des sites de streaming illégal."),
        ("01net.com", "02-19 16:30",
         "Les VPN obligés de bloquer des sites de foot piraté",
         "Une décision inédite : plusieurs fournisseurs de VPN devront empêcher l'accès à des dizaines de sites diffusant la Ligue 1 et le Top 14."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: 5G SA for all plans (single)
    ("bouygues-5g-sa", "fresh47", [
        ("frandroid.com", "01-21 08:45",
         "Bouygues Telecom active la 5G SA pour tous ses forfaits",
         "La 5G « autonome », jusqu'ici réservée aux clients B.You haut de gamme, est désormais accessible à tous les abonnés 5G de l'opérateur."),
    ]),
    # ---------------------------------------------- Arcep: complaints about botched fibre connections (single)
    ("arcep-fibre-complaints", "fresh47", [
        ("next.ink", "03-24 10:00",
         "Raccordements fibre ratés : les signalements bondissent, selon l'Arcep",
         "Le gendarme des télécoms a reçu 40 % de signalements de plus en 2025 sur sa plateforme J'alerte l'Arcep, la fibre concentrant l'essentiel des plaintes."),
    ]),
    # ---------------------------------------------- France Travail: data of 1.2 million jobseekers stolen
    ("france-travail-leak", "fresh47", [
        ("bfmtv.com", "01-12 12:00",
         "France Travail : les données de 1,2 million de demandeurs d'emploi dérobées",
         "L'opérateur public a détecté l'accès frauduleux d'un compte de conseiller de mission locale à son système d'information."),
        ("zdnet.fr", "01-12 14:30",
         "Nouvelle fuite de données chez France Travail",
         "Noms, numéros de sécurité sociale et coordonnées : un pirate a exfiltré les fiches de 1,2 million de personnes inscrites."),
        ("numerama.com", "01-12 17:15",
         "Vos données de chômeur sont peut-être dans la nature",
         "Un compte usurpé a permis d'aspirer des fiches personnelles chez l'ex-Pôle emploi. Voici les réflexes à adopter face aux arnaques."),
        ("lemagit.fr", "01-13 08:30",
         "France Travail : l'attaquant a abusé d'un compte partenaire",
         "Au lendemain de la révélation de la fuite, l'établissement détaille le scénario : un identifiant de mission locale volé par un infostealer."),
    ]),
    # ---------------------------------------------- Cnav (Assurance retraite): another agency leak, two days later
    ("cnav-leak", "fresh47", [
        ("zdnet.fr", "01-14 15:00",
         "Après France Travail, l'Assurance retraite signale une fuite de données",
         "La Caisse nationale d'assurance vieillesse prévient 300 000 assurés que leurs données ont été consultées via un prestataire."),
        ("01net.com", "01-14 18:00",
         "Retraités : la Cnav victime d'une fuite, ce qu'il faut savoir",
         "Noms, adresses et numéros de sécurité sociale d'environ 300 000 assurés auraient été exposés."),
    ]),
    # ---------------------------------------------- FranceConnect outage
    ("franceconnect-outage", "fresh47", [
        ("next.ink", "02-10 11:20",
         "FranceConnect en panne : impossible de se connecter aux services publics",
         "Depuis ce matin, le bouton d'identification de l'État renvoie une erreur, bloquant l'accès à impots.gouv.fr, ameli.fr ou la CAF."),
        ("bfmtv.com", "02-10 14:00",
         "Panne de FranceConnect : des millions d'usagers bloqués",
         "La direction interministérielle du numérique évoque un incident chez un hébergeur et promet un rétablissement dans la journée."),
    ]),
    # ---------------------------------------------- ANTS outage, two days later
    ("ants-outage", "fresh47", [
        ("bfmtv.com", "02-12 10:30",
         "Carte grise, permis : le site de l'ANTS de nouveau inaccessible",
         "Les démarches en ligne de l'Agence nationale des titres sécurisés sont interrompues depuis mercredi soir."),
        ("01net.com", "02-12 16:00",
         "ANTS en rade : les demandes de titres à l'arrêt",
         "Deux jours après la panne de FranceConnect, c'est au tour du site des titres sécurisés de flancher ; l'agence évoque une maintenance qui a mal tourné."),
    ]),
    # ---------------------------------------------- DINUM: Visio to replace Teams and Zoom
    ("dinum-visio", "fresh47", [
        ("next.ink", "01-26 09:00",
         "L'État veut remplacer Teams et Zoom par Visio d'ici 2027",
         "La DINUM annonce la généralisation de son outil de visioconférence à toutes les administrations centrales, hébergé sur un cloud qualifié SecNumCloud."),
        ("lemondeinformatique.fr", "01-26 11:30",
         "Visioconférence : l'administration tourne le dos aux outils américains",
         "La direction interministérielle du numérique fixe à 2027 l'abandon des solutions de visio non souveraines dans les ministères."),
        ("silicon.fr", "01-26 15:20",
         "Souveraineté : l'outil maison de la Suite numérique imposé aux ministères",
         "Basé sur le logiciel libre LiveKit, Visio doit équiper 250 000 agents publics d'ici fin 2026."),
    ]),
    # ---------------------------------------------- DINUM: Suite numérique opened to local authorities, ten days later
    ("dinum-suite-collectivites", "fresh47", [
        ("next.ink", "02-05 10:00",
         "La Suite numérique de l'État s'ouvre aux collectivités",
         "Docs, Visio et Tchap : la DINUM propose désormais ses outils collaboratifs aux communes et départements, gratuitement pendant deux ans."),
        ("silicon.fr", "02-05 13:00",
         "Collectivités : la DINUM ouvre sa suite collaborative",
         "Les mairies et départements pourront adopter les outils de l'État, dont Visio et Docs, sans passer par un marché public."),
    ]),
    # ---------------------------------------------- Cour des comptes on the State HR/payroll IT programme
    ("cour-comptes-sirh", "fresh47", [
        ("lemondeinformatique.fr", "02-18 10:00",
         "La Cour des comptes étrille le projet de paie des fonctionnaires",
         "Dans un rapport publié mercredi, les magistrats financiers chiffrent à 1,1 milliard d'euros le coût du programme de modernisation des SIRH de l'État."),
        ("lesechos.fr", "02-18 12:30",
         "Un nouveau fiasco informatique pointé rue Cambon",
         "Retards, dérive des coûts, dépendance aux prestataires : le rapport sur les systèmes RH de l'État recommande de revoir la gouvernance du programme."),
    ]),
    # ---------------------------------------------- Health Data Hub leaves Azure for Outscale
    ("health-data-hub-outscale", "fresh47", [
        ("lemagit.fr", "03-03 09:00",
         "Health Data Hub : la migration hors d'Azure confiée à un cloud SecNumCloud",
         "La plateforme des données de santé a attribué le marché de son hébergement à un groupement mené par Outscale ; la bascule doit être achevée fin 2027."),
        ("next.ink", "03-03 12:00",
         "Les données de santé des Français vont quitter Microsoft",
         "Le groupement d'intérêt public a enfin choisi un hébergeur souverain, après six ans de polémique sur le recours au cloud du géant de Redmond."),
        ("silicon.fr", "03-03 16:30",
         "Outscale remporte l'hébergement de la plateforme nationale des données de santé",
         "La filiale de Dassault Systèmes accueillera le HDH dans son cloud qualifié par l'ANSSI."),
    ]),
    # ---------------------------------------------- Ransomware: Villeurbanne city hall
    ("villeurbanne-ransomware", "fresh47", [
        ("lemagit.fr", "01-09 09:15",
         "Villeurbanne paralysée par un rançongiciel",
         "La deuxième ville du Rhône a coupé ses serveurs après une attaque détectée dans la nuit ; état civil et inscriptions scolaires sont à l'arrêt."),
        ("zdnet.fr", "01-09 14:00",
         "Cyberattaque contre la mairie de Villeurbanne",
         "Les services municipaux fonctionnent en mode dégradé ; la collectivité a porté plainte et saisi l'ANSSI."),
        ("bfmtv.com", "01-10 10:00",
         "Villeurbanne : les pirates réclament une rançon",
         "Le groupe Qilin revendique l'attaque contre la ville et menace de publier des documents internes."),
    ]),
    # ---------------------------------------------- Ransomware: Loiret department, three days later
    ("loiret-ransomware", "fresh47", [
        ("lemagit.fr", "01-12 08:45",
         "Le département du Loiret visé par une cyberattaque",
         "Le conseil départemental a suspendu ses téléservices, dont le versement de certaines aides sociales, après une intrusion détectée samedi."),
        ("zdnet.fr", "01-12 11:00",
         "Rançongiciel : après Villeurbanne, une autre collectivité touchée",
         "Les équipes informatiques du Loiret travaillent à restaurer leurs sauvegardes ; le département n'a pas encore identifié l'attaquant."),
    ]),
    # ---------------------------------------------- Municipal elections, first round: pro-Russian DDoS
    ("ddos-municipales-t1", "fresh47", [
        ("numerama.com", "03-15 19:30",
         "Municipales : des sites de mairies visés par des hackers prorusses",
         "Le collectif NoName057(16) revendique des attaques par déni de service contre une trentaine de sites de villes le jour du premier tour."),
        ("01net.com", "03-16 09:00",
         "Premier tour : une vague d'attaques DDoS sans effet sur le scrutin",
         "Les sites de plusieurs grandes villes ont été ralentis dimanche, mais les opérations de vote n'ont pas été affectées, selon le ministère de l'Intérieur."),
        ("zdnet.fr", "03-16 12:00",
         "NoName057(16) revendique des attaques contre des villes françaises",
         "Le groupe prorusse a publié sur Telegram la liste des sites municipaux ciblés pendant le premier tour."),
    ]),
    # ---------------------------------------------- Municipal elections, second round: new wave (single)
    ("ddos-municipales-t2", "fresh47", [
        ("numerama.com", "03-22 20:00",
         "Second tour : les hackers prorusses remettent ça",
         "De nouveaux sites de mairies et de préfectures ont été rendus inaccessibles dimanche par des attaques par déni de service."),
    ]),
    # ---------------------------------------------- ANSSI threat panorama (single)
    ("anssi-panorama-2025", "fresh47", [
        ("lemagit.fr", "03-11 10:00",
         "Panorama de la cybermenace : l'ANSSI note un recul des rançongiciels",
         "L'agence a traité 128 attaques par rançongiciel en 2025, contre 144 un an plus tôt, mais s'inquiète de la hausse de l'espionnage visant les collectivités."),
    ]),
    # ---------------------------------------------- Pronote down on the January return to school
    ("pronote-outage-jan", "fresh47", [
        ("bfmtv.com", "01-05 09:00",
         "Pronote en panne pour la rentrée de janvier",
         "Élèves et parents ne parvenaient pas à se connecter à l'application de vie scolaire ce lundi matin, jour de reprise des cours."),
        ("01net.com", "01-05 11:30",
         "Pronote inaccessible : l'éditeur s'explique",
         "Index Éducation évoque un afflux de connexions qui a saturé ses serveurs au retour des vacances de Noël."),
    ]),
    # ---------------------------------------------- Pronote accounts hijacked (single, two months later)
    ("pronote-accounts-hijacked", "fresh47", [
        ("numerama.com", "03-09 13:00",
         "Des comptes Pronote piratés pour envoyer des messages menaçants aux élèves",
         "Plusieurs lycées d'Île-de-France signalent des comptes d'enseignants détournés ; les identifiants auraient été volés par hameçonnage."),
    ]),
    # ---------------------------------------------- Carte Vitale app open to everyone
    ("carte-vitale-app", "fresh47", [
        ("01net.com", "02-23 10:00",
         "L'appli carte Vitale est désormais disponible pour tous",
         "L'Assurance maladie généralise sa carte Vitale dématérialisée : il suffit d'une pièce d'identité et de France Identité pour l'activer."),
        ("frandroid.com", "02-23 13:00",
         "Votre carte Vitale sur smartphone : c'est possible partout en France",
         "Après deux ans d'expérimentation, l'application est ouverte à tous les assurés, sur Android comme sur iPhone."),
    ]),
    # ---------------------------------------------- France Identité: driving licence in the iPhone wallet (single)
    ("france-identite-wallet", "fresh47", [
        ("frandroid.com", "03-18 09:00",
         "Le permis de conduire arrive dans le portefeuille de l'iPhone",
         "Grâce à France Identité, les conducteurs peuvent désormais ajouter leur permis à l'app Cartes d'Apple et le présenter lors d'un contrôle."),
    ]),
    # ---------------------------------------------- Education ministry pushes Apps Éducation (single)
    ("education-apps-education", "fresh47", [
        ("next.ink", "03-19 10:30",
         "L'Éducation nationale pousse ses enseignants vers Apps Éducation",
         "Le ministère demande aux académies de privilégier sa suite d'outils libres hébergée en France pour les visios et le partage de documents."),
    ]),
    # ---------------------------------------------- Samsung: Unpacked invitation
    ("samsung-unpacked-invite", "fresh47", [
        ("frandroid.com", "02-10 17:00",
         "C'est officiel : les Galaxy S26 seront présentés le 25 février",
         "Samsung envoie ses invitations pour un Galaxy Unpacked à San Francisco ; le constructeur promet « une nouvelle ère de l'IA mobile »."),
        ("lesnumeriques.com", "02-10 18:30",
         "Samsung Galaxy Unpacked : rendez-vous le 25 février",
         "Le constructeur confirme la date de présentation de sa nouvelle gamme de smartphones haut de gamme."),
    ]),
    # ---------------------------------------------- Samsung: Galaxy S26 launch at Unpacked
    ("galaxy-s26-launch", "fresh47", [
        ("frandroid.com", "02-25 18:30",
         "Samsung Galaxy S26, S26+ et S26 Ultra officiels : prix, fiche technique et date de sortie",
         "Le constructeur dévoile sa nouvelle gamme, avec un Ultra plus fin, une charge à 60 W et de nouvelles fonctions Galaxy AI."),
        ("lesnumeriques.com", "02-25 19:00",
         "Prise en main du Galaxy S26 Ultra : plus fin, enfin",
         "Nous avons pu manipuler le nouveau haut de gamme de Samsung lors de l'Unpacked : un écran anti-reflets et un module photo revu."),
        ("01net.com", "02-25 19:15",
         "Galaxy S26 : Samsung augmente ses prix en France",
         "La nouvelle gamme démarre à 999 euros, soit 100 euros de plus que l'an dernier ; précommandes ouvertes dès ce soir."),
        ("bfmtv.com", "02-25 21:00",
         "Le géant sud-coréen lance ses nouveaux smartphones à San Francisco",
         "Trois modèles, plus d'intelligence artificielle et des prix en hausse : le géant sud-coréen a présenté mercredi sa gamme phare de l'année."),
        ("clubic.com", "02-26 08:00",
         "Galaxy S26 : ce qui change vraiment par rapport au S25",
         "Processeur, photo, batterie, IA : on fait le tri dans les nouveautés annoncées hier soir par Samsung."),
    ]),
    # ---------------------------------------------- Samsung: Galaxy Buds 4 at the same Unpacked
    ("galaxy-buds4-launch", "fresh47", [
        ("frandroid.com", "02-25 19:10",
         "Galaxy Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Présentés aux côtés des Galaxy S26, les nouveaux écouteurs sans fil abandonnent la tige et promettent une réduction de bruit améliorée."),
        ("lesnumeriques.com", "02-25 20:30",
         "Samsung Galaxy Buds 4 et Buds 4 Pro : prix et disponibilité",
         "Les écouteurs de Samsung arrivent le 13 mars, à partir de 179 euros."),
    ]),
    # ---------------------------------------------- Galaxy S26 Ultra full review, two weeks later (single)
    ("galaxy-s26-ultra-review", "fresh47", [
        ("lesnumeriques.com", "03-09 08:00",
         "Test du Samsung Galaxy S26 Ultra : le meilleur d'Android, à un prix déraisonnable",
         "Après deux semaines d'utilisation, le nouveau haut de gamme de Samsung impressionne par son écran et son autonomie, beaucoup moins par son tarif."),
    ]),
    # ---------------------------------------------- Galaxy S26 Ultra flickering screen bug
    ("galaxy-s26-screen-bug", "fresh47", [
        ("frandroid.com", "03-19 09:30",
         "Galaxy S26 Ultra : des propriétaires se plaignent d'un écran qui clignote",
         "Trois semaines après la sortie, des utilisateurs signalent un écran qui scintille en faible luminosité ; Samsung dit enquêter."),
        ("01net.com", "03-19 14:00",
         "Écran qui scintille sur le S26 Ultra : Samsung promet une mise à jour",
         "Le constructeur reconnaît un problème logiciel à l'origine du clignotement et prépare un correctif pour avril."),
    ]),
    # ---------------------------------------------- Galaxy Z TriFold arrives in France (single, a month earlier)
    ("galaxy-z-trifold-france", "fresh47", [
        ("lesnumeriques.com", "01-28 09:00",
         "Le Galaxy Z TriFold arrive en France à 3 499 euros",
         "Le smartphone pliable en trois de Samsung, lancé en Corée en décembre, est disponible en précommande dans l'Hexagone."),
    ]),
    # ---------------------------------------------- Apple: iPhone 17e
    ("iphone-17e-launch", "fresh47", [
        ("01net.com", "02-18 14:30",
         "Apple lance l'iPhone 17e, son smartphone le moins cher",
         "Puce A19, MagSafe et écran 60 Hz : le nouvel iPhone d'entrée de gamme est proposé à partir de 719 euros."),
        ("numerama.com", "02-18 15:10",
         "iPhone 17e : Apple ajoute enfin MagSafe à son petit prix",
         "La firme de Cupertino renouvelle son modèle abordable, un an après l'iPhone 16e."),
        ("lesnumeriques.com", "02-18 16:00",
         "La firme à la pomme dévoile son nouveau smartphone d'entrée de gamme",
         "Disponible le 27 février, le modèle adopte la puce A19 et la recharge MagSafe, pour 719 euros."),
    ]),
    # ---------------------------------------------- Apple: MacBook Air M5, the next day
    ("macbook-air-m5", "fresh47", [
        ("01net.com", "02-19 14:30",
         "MacBook Air M5 : Apple met à jour son portable star",
         "Les MacBook Air 13 et 15 pouces adoptent la puce M5 et démarrent à 1 199 euros, sans changement de design."),
        ("lesnumeriques.com", "02-19 15:30",
         "Apple dévoile les MacBook Air M5",
         "Puce M5, 16 Go de mémoire de base et une autonomie annoncée de 18 heures pour les nouveaux portables d'Apple."),
    ]),
    # ---------------------------------------------- Apple: iOS 26.3 release
    ("ios-26-3-release", "fresh47", [
        ("01net.com", "01-27 19:30",
         "iOS 26.3 est disponible : les nouveautés de la mise à jour",
         "Apple déploie iOS 26.3 avec le transfert simplifié vers Android, exigé par le DMA, et des correctifs de sécurité."),
        ("numerama.com", "01-27 21:00",
         "Apple facilite enfin le passage à Android",
         "La mise à jour iOS 26.3, disponible ce mardi, permet de transférer ses données vers un smartphone Android sans application tierce."),
    ]),
    # ---------------------------------------------- Apple: iOS 26.3 drains batteries, a week later
    ("ios-26-3-battery-drain", "fresh47", [
        ("01net.com", "02-02 10:00",
         "iOS 26.3 vide la batterie de votre iPhone ? Voici pourquoi",
         "Depuis la dernière mise à jour, de nombreux utilisateurs voient leur iPhone perdre 20 % de batterie en une nuit ; l'indexation de Photos serait en cause."),
        ("numerama.com", "02-02 16:00",
         "Après la mise à jour, des iPhone qui ne tiennent plus la journée",
         "Apple n'a pas encore réagi aux plaintes d'utilisateurs dont la batterie se décharge anormalement depuis iOS 26.3."),
    ]),
    # ---------------------------------------------- Google: Pixel 10a launch
    ("pixel-10a-launch", "fresh47", [
        ("frandroid.com", "03-04 16:00",
         "Google Pixel 10a officiel : le milieu de gamme qui coche toutes les cases ?",
         "Puce Tensor G5, sept ans de mises à jour et 549 euros : Google dévoile son smartphone abordable."),
        ("numerama.com", "03-04 17:30",
         "Pixel 10a : Google baisse le prix de son petit smartphone",
         "Le nouveau modèle abordable de Google est vendu 549 euros, 50 de moins que son prédécesseur."),
    ]),
    # ---------------------------------------------- Google: Pixel March update cuts Wi-Fi
    ("pixel-march-update-wifi", "fresh47", [
        ("frandroid.com", "03-12 10:00",
         "Pixel : la mise à jour de mars coupe le Wi-Fi de certains smartphones",
         "Des possesseurs de Pixel 9 et Pixel 10 perdent la connexion Wi-Fi après l'installation du Pixel Drop de mars ; Google a suspendu le déploiement."),
        ("01net.com", "03-12 15:30",
         "Votre Pixel ne se connecte plus à la box ? Google a retiré sa mise à jour",
         "Le géant de Mountain View reconnaît un problème avec certains routeurs et promet une nouvelle version sous quelques jours."),
    ]),
    # ---------------------------------------------- MWC: Xiaomi 17 Ultra
    ("xiaomi-17-ultra-mwc", "fresh47", [
        ("frandroid.com", "03-01 13:00",
         "Xiaomi 17 Ultra : le photophone débarque en France à 1 499 euros",
         "Présenté à Barcelone en ouverture du MWC, le nouveau haut de gamme de Xiaomi mise sur un capteur d'un pouce et un zoom périscopique de 200 Mpx."),
        ("lesnumeriques.com", "03-01 15:30",
         "Xiaomi lance son 17 Ultra en Europe",
         "Le fabricant chinois officialise à Barcelone son smartphone photo, accompagné d'une coque-poignée façon appareil photo."),
    ]),
    # ---------------------------------------------- MWC: Orange partners with Mistral AI
    ("orange-mistral-mwc", "fresh47", [
        ("lemondeinformatique.fr", "03-02 12:00",
         "MWC 2026 : Orange s'allie à Mistral AI pour ses réseaux",
         "L'opérateur va utiliser les modèles de la start-up française pour automatiser l'exploitation de son réseau mobile et ses centres de relation client."),
        ("usine-digitale.fr", "03-02 15:00",
         "Orange et Mistral AI scellent un partenariat autour de l'IA générative",
         "Annoncé à Barcelone, l'accord prévoit le déploiement de modèles Mistral dans les datacenters d'Orange et leur revente aux entreprises clientes."),
    ]),
    # ---------------------------------------------- MWC: Nothing Phone (4)
    ("nothing-phone-4-mwc", "fresh47", [
        ("frandroid.com", "03-03 11:00",
         "Nothing Phone (4) : le smartphone transparent passe à la vitesse supérieure",
         "Dévoilé au MWC de Barcelone, le nouveau Nothing adopte un Snapdragon 8s Gen 4 et une interface Glyph redessinée, pour 649 euros."),
        ("01net.com", "03-03 13:00",
         "MWC 2026 : Nothing dévoile son Phone (4)",
         "La marque londonienne de Carl Pei présente son nouveau smartphone à Barcelone, disponible fin mars."),
    ]),
    # ---------------------------------------------- Mistral AI: its own datacenter in Essonne
    ("mistral-datacenter-essonne", "fresh47", [
        ("lesechos.fr", "02-09 07:00",
         "Mistral AI met en service son propre datacenter",
         "La start-up réduit sa dépendance aux clouds américains avec un site de 40 mégawatts au sud de Paris."),
        ("usine-digitale.fr", "02-09 09:00",
         "Mistral AI inaugure son premier centre de données, en Essonne",
         "Le champion français de l'IA met en service à Bruyères-le-Châtel un campus de 40 MW équipé de puces Nvidia."),
        ("latribune.fr", "02-09 12:00",
         "Mistral Compute : la pépite de l'IA devient hébergeur",
         "Avec l'ouverture de son site de Bruyères-le-Châtel, la société d'Arthur Mensch vend désormais de la puissance de calcul aux entreprises."),
    ]),
    # ---------------------------------------------- CES: Lenovo rollable laptop
    ("ces-lenovo-rollable", "fresh47", [
        ("lesnumeriques.com", "01-06 05:30",
         "CES 2026 : Lenovo dévoile un PC portable à écran enroulable",
         "L'écran du nouveau ThinkBook passe de 14 à 17 pouces d'une simple pression, grâce à une dalle Oled qui se déroule vers le haut."),
        ("clubic.com", "01-06 09:00",
         "ThinkBook Plus Gen 7 : l'écran qui se déroule devient plus grand",
         "Le constructeur chinois présente à Las Vegas la deuxième génération de son portable à dalle enroulable, attendue au printemps à 3 299 euros."),
    ]),
    # ---------------------------------------------- CES: Asus Zenbook, the same morning
    ("ces-asus-zenbook", "fresh47", [
        ("lesnumeriques.com", "01-06 06:00",
         "CES 2026 : Asus renouvelle ses Zenbook avec les puces Panther Lake",
         "Les nouveaux ultraportables d'Asus adoptent les processeurs Core Ultra série 3 d'Intel et un châssis en céramique."),
        ("01net.com", "01-06 10:00",
         "Asus Zenbook 14 : un portable de moins d'un kilo et 20 heures d'autonomie",
         "Présenté à Las Vegas, le nouveau Zenbook mise sur la puce Panther Lake d'Intel pour tenir une journée et demie loin de la prise."),
    ]),
    # ---------------------------------------------- CES: Withings smart ring
    ("withings-ring-ces", "fresh47", [
        ("frandroid.com", "01-05 16:00",
         "Withings se lance dans les bagues connectées",
         "Le français présente au CES une bague qui mesure la température, le sommeil et la fréquence cardiaque, vendue 299 euros."),
        ("usine-digitale.fr", "01-06 08:00",
         "CES : le français Withings s'attaque à Oura",
         "L'entreprise d'Issy-les-Moulineaux lance une bague connectée sans abonnement obligatoire, disponible en avril."),
    ]),
    # ---------------------------------------------- Withings: app stops syncing watches (single, February)
    ("withings-sync-bug", "fresh47", [
        ("frandroid.com", "02-24 11:00",
         "Withings : votre montre ne synchronise plus ? Vous n'êtes pas seul",
         "Depuis ce week-end, des utilisateurs de ScanWatch voient leurs données de sommeil et de pas disparaître ; Withings évoque un bug de l'application Health Mate."),
    ]),
    # ---------------------------------------------- Apple Watch hypertension alerts arrive in France (single)
    ("apple-watch-hypertension-fr", "fresh47", [
        ("frandroid.com", "03-26 09:00",
         "Apple Watch : les alertes d'hypertension arrivent enfin en France",
         "Après le feu vert des autorités sanitaires, la montre d'Apple peut prévenir son porteur de signes d'hypertension chronique."),
    ]),
    # ---------------------------------------------- Microsoft: January Patch Tuesday
    ("patch-tuesday-jan", "fresh47", [
        ("lemondeinformatique.fr", "01-13 19:30",
         "Patch Tuesday de janvier : 98 vulnérabilités corrigées par Microsoft",
         "Le premier lot de correctifs de l'année comble 98 failles, dont trois zero-day, notamment dans Hyper-V."),
        ("zdnet.fr", "01-13 21:00",
         "Microsoft : trois failles zero-day corrigées en janvier",
         "La mise à jour de sécurité mensuelle de Microsoft colmate 98 vulnérabilités, dont trois activement exploitées."),
    ]),
    # ---------------------------------------------- Windows 11: the January update keeps laptops from shutting down
    ("windows-jan-update-shutdown-bug", "fresh47", [
        ("01net.com", "01-16 10:00",
         "Windows 11 : la mise à jour de janvier empêche certains PC portables de s'éteindre",
         "Après l'installation du correctif de sécurité de janvier, des ordinateurs redémarrent au lieu de s'arrêter ; Microsoft confirme le problème."),
        ("clubic.com", "01-16 14:00",
         "Votre PC refuse de s'éteindre ? La faute à Windows Update",
         "Le géant de Redmond reconnaît un bug introduit par la mise à jour KB5074109 et propose une solution de contournement."),
    ]),
    # ---------------------------------------------- Microsoft: February Patch Tuesday
    ("patch-tuesday-feb", "fresh47", [
        ("lemondeinformatique.fr", "02-10 19:20",
         "Patch Tuesday de février : Microsoft colmate 63 failles",
         "Le lot de correctifs de février corrige 63 vulnérabilités, dont six zero-day déjà exploitées dans Windows et Office."),
        ("silicon.fr", "02-11 08:00",
         "Patch Tuesday : six zero-day au programme de février",
         "Microsoft a publié mardi ses correctifs mensuels : 63 failles corrigées, dont six exploitées dans la nature."),
    ]),
    # ---------------------------------------------- Brussels fines Google under the DMA
    ("google-dma-fine", "fresh47", [
        ("lesechos.fr", "01-21 11:00",
         "DMA : Bruxelles inflige une amende de 2,1 milliards d'euros à Google",
         "La Commission reproche au moteur de recherche de favoriser ses propres services, comme Google Flights et Google Shopping, dans ses résultats."),
        ("lemondeinformatique.fr", "01-21 14:00",
         "Autopréférence : Google sanctionné au titre du DMA",
         "Première amende contre Alphabet sous le règlement sur les marchés numériques ; le groupe a 60 jours pour modifier ses pages de résultats."),
        ("numerama.com", "01-21 16:30",
         "Le moteur de recherche écope d'une amende record de la Commission",
         "2,1 milliards d'euros : Bruxelles frappe fort contre Google, qui dit son intention de contester la décision."),
    ]),
    # ---------------------------------------------- Google files its appeal (single, two months later)
    ("google-dma-appeal", "fresh47", [
        ("lemondeinformatique.fr", "03-30 15:00",
         "Google fait appel de son amende DMA devant la justice européenne",
         "Alphabet a déposé un recours devant le Tribunal de l'Union européenne contre la sanction de 2,1 milliards d'euros infligée en janvier."),
    ]),
    # ---------------------------------------------- Funding: Qubitek (quantum), same morning as Sentryx
    ("qubitek-funding", "fresh47", [
        ("lesechos.fr", "03-24 06:30",
         "Qubitek lève 90 millions d'euros pour son ordinateur quantique",
         "La start-up grenobloise, issue du CEA, boucle un tour de table mené par Bpifrance et le fonds américain Lux Capital."),
        ("usine-digitale.fr", "03-24 10:00",
         "Quantique : le grenoblois Qubitek boucle une série B de 90 M€",
         "La jeune pousse va recruter 120 personnes et construire une ligne pilote de qubits de spin à Grenoble."),
    ]),
    # ---------------------------------------------- Funding: Sentryx (cyber), same morning
    ("sentryx-funding", "fresh47", [
        ("lesechos.fr", "03-24 07:15",
         "Sentryx lève 25 millions pour protéger les PME des rançongiciels",
         "La start-up lyonnaise, qui édite un service de détection et de réponse managé, accueille Eurazeo à son capital."),
        ("silicon.fr", "03-24 11:30",
         "Cybersécurité : Sentryx sécurise 25 M€",
         "L'éditeur lyonnais veut doubler ses effectifs et ouvrir des bureaux en Allemagne et en Espagne."),
    ]),
    # ---------------------------------------------- STMicroelectronics: Q4 results
    ("stmicro-q4-results", "fresh47", [
        ("lesechos.fr", "01-29 07:00",
         "STMicroelectronics prévoit encore un trimestre difficile",
         "Le fabricant franco-italien de semi-conducteurs publie un chiffre d'affaires trimestriel en baisse de 12 % et une prévision décevante pour le début d'année."),
        ("latribune.fr", "01-29 10:00",
         "Résultats : STMicro attend toujours le rebond de l'automobile",
         "Le fondeur a réalisé 2,9 milliards de dollars de ventes au quatrième trimestre, plombé par la faiblesse de ses clients constructeurs."),
    ]),
    # ---------------------------------------------- STMicroelectronics: strike at Crolles (single)
    ("stmicro-crolles-strike", "fresh47", [
        ("usine-digitale.fr", "02-05 14:00",
         "Grève à l'usine STMicroelectronics de Crolles",
         "Les salariés du site isérois ont débrayé à l'appel de la CGT pour réclamer des hausses de salaires et des garanties sur l'avenir des lignes 300 mm."),
    ]),
    # ---------------------------------------------- OVHcloud: Q1 revenue (single)
    ("ovhcloud-q1-revenue", "fresh47", [
        ("lemagit.fr", "01-15 08:00",
         "OVHcloud : une croissance de 9 % au premier trimestre",
         "Le champion français du cloud publie un chiffre d'affaires trimestriel de 281 millions d'euros, porté par le cloud public."),
    ]),
    # ---------------------------------------------- Back Market job cuts (single)
    ("back-market-layoffs", "fresh47", [
        ("lesechos.fr", "02-16 07:30",
         "Back Market se sépare d'une centaine de salariés",
         "La licorne du reconditionné réduit de 15 % ses effectifs pour atteindre la rentabilité, après une année de ralentissement des ventes de smartphones."),
    ]),
    # ---------------------------------------------- Recurring: Frandroid weekly deals (week 2)
    ("frandroid-deals-w02", "fresh47", [
        ("frandroid.com", "01-10 09:00",
         "Les meilleurs bons plans de la semaine : Galaxy S25, AirPods Pro 3 et forfaits à petit prix",
         "Smartphones, écouteurs, forfaits mobiles : notre sélection des meilleures promotions repérées cette semaine."),
    ]),
    # ---------------------------------------------- Recurring: Frandroid weekly deals (week 3)
    ("frandroid-deals-w03", "fresh47", [
        ("frandroid.com", "01-17 09:00",
         "Les meilleurs bons plans de la semaine : Pixel 10, MacBook Air et box fibre",
         "Smartphones, ordinateurs portables, box internet : notre sélection des meilleures promotions repérées cette semaine."),
    ]),
    # ---------------------------------------------- Recurring: 01net mobile-plan roundup (23 January)
    ("01net-forfaits-0123", "fresh47", [
        ("01net.com", "01-23 12:00",
         "Forfait mobile pas cher : les meilleures offres de la semaine chez Free, SFR, Bouygues et Orange",
         "Séries limitées, 5G à moins de 10 euros : notre comparatif des forfaits sans engagement du moment."),
    ]),
    # ---------------------------------------------- Recurring: 01net mobile-plan roundup (30 January)
    ("01net-forfaits-0130", "fresh47", [
        ("01net.com", "01-30 12:00",
         "Forfait mobile pas cher : les meilleures offres de la semaine chez Free, SFR, Bouygues et Orange",
         "Nouvelles séries spéciales chez Bouygues Telecom et SFR : notre comparatif des forfaits sans engagement du moment."),
    ]),
    # ---------------------------------------------- Recurring: zdnet cyber weekly (16 January)
    ("zdnet-cyberhebdo-0116", "fresh47", [
        ("zdnet.fr", "01-16 17:00",
         "Cyberhebdo : France Travail, Villeurbanne et le Loiret",
         "Fuites de données dans le service public et rançongiciels contre les collectivités : les cyberattaques qui ont marqué la semaine."),
    ]),
    # ---------------------------------------------- Recurring: zdnet cyber weekly (30 January)
    ("zdnet-cyberhebdo-0130", "fresh47", [
        ("zdnet.fr", "01-30 17:00",
         "Cyberhebdo : Bouygues Telecom, Free et les opérateurs dans le viseur",
         "Deux opérateurs victimes de fuites de données en trois jours : les cyberattaques qui ont marqué la semaine."),
    ]),
    # ---------------------------------------------- Recurring: Les Numériques weekly test recap (7 March)
    ("lesnumeriques-recap-0307", "fresh47", [
        ("lesnumeriques.com", "03-07 08:00",
         "Le récap' des tests de la semaine : Galaxy S26, MacBook Air M5 et Buds 4 Pro",
         "Smartphones, portables et écouteurs passés par notre laboratoire cette semaine : nos verdicts en un coup d'œil."),
    ]),
    # ---------------------------------------------- Recurring: Les Numériques weekly test recap (14 March)
    ("lesnumeriques-recap-0314", "fresh47", [
        ("lesnumeriques.com", "03-14 08:00",
         "Le récap' des tests de la semaine : Galaxy S26 Ultra, Xiaomi 17 Ultra et Pixel 10a",
         "Smartphones et accessoires passés par notre laboratoire cette semaine : nos verdicts en un coup d'œil."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
