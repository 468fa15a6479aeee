"""A nineteenth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh19".
It holds outages, cyberattacks, data leaks, fines, laws, layoffs, strikes, results, funding
rounds, acquisitions, appointments, flaws, launches, court rulings, public procurement, space,
semiconductors, telecom prices, AI models and video games. Same-story articles are reworded
(numbers as digits or words, periphrasis for the actor, the actor named only in the lead, a
consumer or explainer angle, a next-day analysis or interview, a quote or a number as title).
Hard negatives are deliberate: one firm's two outages, flaws, fines, acquisitions or products;
results then job cuts; job cuts then a strike; a fine then its appeal; a law's two votes; two
hospitals attacked the same week; two leaks and two funding rounds in one sector; two
appointments on one day; a rumour then the closing of the deal; rival operators' outages on
the same day; rivals' results on the same day; a founder's investment then his group's
results; a regulator's annual report beside its sanctions; a game's launch then its sales
milestone; two launches from one spaceport; unrelated cuts with the same headcount in one
region; and roundups, briefs, podcasts, newsletters and deals posts that merge with nothing.
`build` fixes the year 2026; times are UTC, April and August 2026.

Measured once, on 927a1a4, before any change for it: precision 0.899, recall 0.780 (the code
that landed before, c40ca00: 0.895, 0.747). Its wrong links: Capgemini's first-quarter sales,
told in other words ("Ventes en baisse, commandes en hausse : le géant français des ESN garde le
cap"), with its job cuts; and two rulings about Uber, by the prud'hommes and by the cour d'appel.
Then a tuning set: sales and targets tell results ("les ventes", "ses objectifs"), what a title
credits for its event is context ("grâce au rachat de WNS"), and courts are named capitalised
or not.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ a launch, then a bug on the same phone a week later
    ("nothing-phone-4a-lancement", "fresh19", [
        ("frandroid.com", "04-02 14:00", "Nothing Phone (4a) officiel : prix, fiche technique et date de sortie", "Nothing dévoile son nouveau milieu de gamme, le Phone (4a), avec un écran 120 Hz, une puce Snapdragon 7s Gen 4 et un prix de lancement de 379 euros."),
        ("lesnumeriques.com", "04-02 14:05", "Nothing Phone (4a) : le smartphone transparent passe à la vitesse supérieure pour 379 €", "La marque de Carl Pei lève le voile sur le successeur du Phone (3a), disponible en précommande dès aujourd’hui."),
        ("01net.com", "04-02 17:30", "Carl Pei présente son nouveau mobile à moins de 400 euros", "Le Phone (4a) de Nothing conserve son interface Glyph et promet six ans de mises à jour de sécurité."),
    ]),
    ("nothing-phone-4a-bug-recharge", "fresh19", [
        ("frandroid.com", "04-09 11:00", "Nothing Phone (4a) : une mise à jour empêche la recharge rapide, Nothing suspend son déploiement", "Plusieurs utilisateurs signalent que la mise à jour Nothing OS 4.1 bride la charge à 10 W. Le constructeur a mis le déploiement en pause."),
        ("clubic.com", "04-10 09:15", "Recharge bloquée sur le Phone (4a) : Nothing reconnaît un bug et promet un correctif", "Une semaine après sa sortie, le dernier-né de Nothing souffre d’un bug logiciel qui limite la puissance de charge."),
    ]),
    # ------------------------------------------------ a fine, its appeal a week later, the regulator's annual report
    ("cnil-amende-free-mobile", "fresh19", [
        ("next.ink", "04-02 10:30", "La CNIL inflige 15 millions d’euros d’amende à Free Mobile pour la sécurité des données de ses abonnés", "Après la fuite massive de 2024, la formation restreinte de la CNIL sanctionne l’opérateur pour des manquements à la sécurité et à l’information des abonnés."),
        ("lemondeinformatique.fr", "04-02 12:00", "Fuite de données : Free Mobile écope d'une sanction de 15 M€ de la CNIL", "Le gendarme de la vie privée reproche à l'opérateur de ne pas avoir protégé les données de 19 millions de clients."),
        ("20minutes.fr", "04-03 08:00", "Free sanctionné par la CNIL : qu’est-ce que ça change pour les abonnés ?", "L’opérateur de Xavier Niel doit payer 15 millions d’euros après le piratage de ses fichiers clients. On fait le point sur vos droits."),
    ]),
    ("free-recours-amende-cnil", "fresh19", [
        ("lemagit.fr", "04-09 16:00", "Free Mobile conteste devant le Conseil d'État l'amende de la CNIL", "L'opérateur a déposé un recours contre la sanction de 15 millions d'euros prononcée la semaine dernière, qu'il juge disproportionnée."),
        ("linforme.com", "04-10 07:30", "Sanction de la CNIL : Free saisit le Conseil d’État", "Selon nos informations, l’opérateur a formé un recours en annulation et demande la suspension de la publication de la décision."),
    ]),
    ("cnil-rapport-annuel-2025", "fresh19", [
        ("zdnet.fr", "04-14 10:00", "Rapport annuel de la CNIL : les plaintes atteignent un niveau record en 2025", "Le gendarme des données a reçu plus de 18 000 plaintes l'an dernier et prononcé 90 sanctions, dont une part croissante en procédure simplifiée."),
        ("cio-online.com", "04-14 15:00", "La CNIL dresse le bilan de 2025 : record de plaintes et de sanctions", "Dans son rapport d’activité, l’autorité souligne la hausse des notifications de violations de données, tirée par les cyberattaques."),
    ]),
    # ------------------------------------------------ one provider: two outages days apart, then its results
    ("ovh-panne-gravelines", "fresh19", [
        ("lemagit.fr", "04-07 09:40", "OVHcloud : incident majeur dans le datacenter de Gravelines", "Une panne électrique a privé de nombreux clients de leurs serveurs dédiés et instances Public Cloud pendant plusieurs heures mardi matin."),
        ("silicon.fr", "04-07 13:10", "Panne chez OVHcloud : des milliers de sites inaccessibles", "Le fournisseur roubaisien évoque un défaut sur un onduleur de son site nordiste de Gravelines ; le service est progressivement rétabli."),
        ("journaldunet.com", "04-08 10:00", "Ce que révèle la panne de Gravelines sur la dépendance au cloud", "Au lendemain de l’incident électrique qui a touché OVHcloud, les clients s’interrogent sur leurs plans de reprise d’activité."),
    ]),
    ("ovh-panne-roubaix", "fresh19", [
        ("next.ink", "04-10 15:20", "Nouvel incident chez OVHcloud, cette fois à Roubaix", "Trois jours après Gravelines, un problème réseau a perturbé les services hébergés sur le site de Roubaix pendant près d’une heure."),
        ("zdnet.fr", "04-10 18:00", "OVHcloud : une panne réseau touche Roubaix, deuxième incident de la semaine", "Le français attribue la coupure à une erreur de configuration lors d'une opération de maintenance sur ses routeurs."),
    ]),
    ("ovh-resultats-s1", "fresh19", [
        ("lesechos.fr", "04-16 07:30", "OVHcloud relève ses objectifs après un semestre solide", "Le spécialiste français du cloud affiche un chiffre d'affaires de 560 millions d'euros sur six mois, en hausse de 9 %, porté par le Public Cloud."),
        ("channelnews.fr", "04-16 11:00", "Résultats semestriels : OVHcloud accélère sur le cloud public", "Le groupe de la famille Klaba maintient sa marge d’Ebitda ajusté autour de 40 % et relève sa prévision de croissance organique à 10-11 % pour l'exercice."),
    ]),
    # ------------------------------------------------ job cuts, then a strike against them a week later
    ("ubisoft-rupture-conventionnelle", "fresh19", [
        ("lesechos.fr", "04-08 08:00", "Ubisoft va supprimer 200 postes en France via une rupture conventionnelle collective", "L'éditeur de jeux vidéo poursuit sa restructuration et cible ses studios de Montpellier, d'Annecy et son siège de Saint-Mandé."),
        ("numerama.com", "04-08 12:30", "Ubisoft annonce une nouvelle vague de départs dans ses studios français", "Environ deux cents salariés sont concernés par ce plan de départs volontaires, présenté aux représentants du personnel ce mercredi."),
        ("bfmtv.com", "04-09 09:00", "« On sacrifie ceux qui font les jeux » : les salariés d’Ubisoft dénoncent le plan de départs", "Au lendemain de l'annonce de 200 suppressions de postes, le syndicat STJV fustige la stratégie de la direction de l'éditeur."),
    ]),
    ("ubisoft-greve", "fresh19", [
        ("numerama.com", "04-15 10:00", "Grève chez Ubisoft : les studios français débraient contre la rupture conventionnelle collective", "À l’appel du STJV et de Solidaires Informatique, des salariés de Montpellier, Annecy et Paris ont cessé le travail ce mercredi."),
        ("20minutes.fr", "04-15 16:40", "Montpellier : des salariés d'Ubisoft en grève devant leur studio", "Une centaine de développeurs se sont rassemblés pour protester contre le plan de départs annoncé la semaine dernière par l'éditeur."),
    ]),
    # ------------------------------------------------ two acquisitions by one buyer, two weeks apart
    ("sopra-steria-rachat-cyberna", "fresh19", [
        ("channelnews.fr", "04-09 09:00", "Sopra Steria rachète le belge Cyberna pour renforcer son offre cybersécurité", "L'ESN française met la main sur un spécialiste des SOC managés de 350 collaborateurs basé à Bruxelles."),
        ("lemondeinformatique.fr", "04-09 14:20", "Cybersécurité : Sopra Steria s’offre Cyberna", "Le montant de l’opération n’a pas été dévoilé ; la cible a réalisé 48 millions d’euros de chiffre d’affaires en 2025."),
    ]),
    ("sopra-steria-rachat-kuhn", "fresh19", [
        ("channelnews.fr", "04-22 09:30", "Sopra Steria poursuit ses emplettes avec l'allemand Kuhn Consulting", "Deux semaines après Cyberna, l'ESN annonce l'acquisition d'un intégrateur SAP de 600 consultants basé à Munich."),
        ("cio-online.com", "04-22 16:00", "SAP : Sopra Steria acquiert un intégrateur outre-Rhin", "L'opération doit renforcer la présence du groupe auprès des industriels allemands engagés dans la migration vers S/4HANA."),
    ]),
    # ------------------------------------------------ two hospitals hit by cyberattacks the same week
    ("ch-lannion-cyberattaque", "fresh19", [
        ("zdnet.fr", "04-13 11:00", "Le centre hospitalier de Lannion-Trestel victime d’une cyberattaque", "L'hôpital des Côtes-d’Armor a déclenché son plan blanc et fonctionne en mode dégradé depuis dimanche soir ; les urgences restent ouvertes."),
        ("01net.com", "04-13 14:30", "Rançongiciel : un hôpital breton contraint de revenir au papier", "Le CH de Lannion a coupé ses systèmes informatiques après une attaque ; les patients sont invités à se munir de leurs documents médicaux."),
        ("lemagit.fr", "04-14 09:00", "Cyberattaque à Lannion : la piste d'un rançongiciel confirmée, les données patients en question", "L'ANSSI accompagne l'établissement costarmoricain ; un groupe cybercriminel revendique le vol de plusieurs centaines de gigaoctets."),
    ]),
    ("ch-montelimar-cyberattaque", "fresh19", [
        ("lemagit.fr", "04-15 17:00", "Un deuxième hôpital frappé en une semaine : le GHPP de Montélimar sous cyberattaque", "Après Lannion, le groupement hospitalier des Portes de Provence a dû isoler son système d'information mercredi."),
        ("bfmtv.com", "04-16 08:30", "Drôme : l'hôpital de Montélimar paralysé par une attaque informatique", "Les rendez-vous non urgents sont reportés et les équipes travaillent sur papier depuis mercredi après-midi."),
    ]),
    # ------------------------------------------------ one law: the deputies' vote, then final adoption two weeks later
    ("loi-resilience-assemblee", "fresh19", [
        ("next.ink", "04-14 19:00", "Projet de loi Résilience : l’Assemblée adopte la transposition de NIS 2", "Les députés ont voté en première lecture le texte qui étend les obligations de cybersécurité à des milliers d'entités essentielles et importantes."),
        ("lemondeinformatique.fr", "04-15 10:00", "NIS2 : les députés votent le projet de loi sur la résilience des infrastructures critiques", "Le texte, adopté par 412 voix contre 60, doit désormais être examiné en commission mixte paritaire."),
    ]),
    ("loi-resilience-adoption-definitive", "fresh19", [
        ("next.ink", "04-30 18:00", "Le Parlement adopte définitivement la loi Résilience", "Après l'accord trouvé en commission mixte paritaire, le Sénat a voté le texte final qui transpose NIS 2, DORA et la directive REC."),
        ("zdnet.fr", "04-30 20:30", "NIS2 : feu vert final du Sénat, la loi résilience bouclée", "Les sénateurs ont entériné le compromis ; l’ANSSI disposera de nouveaux pouvoirs de contrôle et de sanction."),
    ]),
    # ------------------------------------------------ one vendor's two flaws, two days apart
    ("fortinet-faille-fortios", "fresh19", [
        ("lemagit.fr", "04-14 08:30", "Fortinet corrige une faille critique activement exploitée dans FortiOS", "La vulnérabilité CVE-2026-24871, notée 9,8, permet l'exécution de code à distance sans authentification sur les passerelles VPN SSL."),
        ("zdnet.fr", "04-14 12:00", "Alerte : une vulnérabilité critique des pare-feu FortiGate exploitée dans la nature", "Le CERT-FR appelle à appliquer sans délai les correctifs publiés par l’éditeur américain."),
        ("silicon.fr", "04-15 09:00", "Faille FortiOS : des milliers d’équipements encore exposés en France", "Au lendemain du correctif, les chercheurs recensent plus de 6 000 boîtiers vulnérables accessibles depuis Internet dans l'Hexagone."),
    ]),
    ("fortinet-faille-fortiweb", "fresh19", [
        ("lemagit.fr", "04-16 18:00", "Fortinet : après FortiOS, une faille d'injection SQL dans FortiWeb", "Le pare-feu applicatif de l'éditeur est touché par une vulnérabilité permettant de prendre le contrôle de l'interface d'administration."),
        ("01net.com", "04-17 10:00", "Encore une faille chez Fortinet : le pare-feu web FortiWeb à mettre à jour", "Cette nouvelle vulnérabilité, CVE-2026-25110, n'est pas encore exploitée selon l'éditeur, qui publie un correctif."),
    ]),
    # ------------------------------------------------ two fines of one firm by two authorities the same week
    ("google-amende-adlc-droits-voisins", "fresh19", [
        ("lesechos.fr", "04-21 11:00", "Droits voisins : l’Autorité de la concurrence inflige 150 millions d’euros d’amende à Google", "Le gendarme de la concurrence estime que le moteur de recherche n'a pas respecté ses engagements de négociation avec les éditeurs de presse."),
        ("numerama.com", "04-21 13:45", "Google de nouveau sanctionné en France pour ne pas avoir rémunéré la presse", "L'Autorité de la concurrence réclame 150 M€ au géant de Mountain View, qui dit « étudier la décision »."),
        ("clubic.com", "04-22 08:00", "150 millions d'euros : la note salée de Mountain View pour les droits voisins", "L'Autorité de la concurrence a sanctionné Google, accusé d'avoir utilisé les contenus des éditeurs pour entraîner Gemini sans les en informer."),
    ]),
    ("google-amende-cnil-gmail", "fresh19", [
        ("next.ink", "04-23 10:00", "Cookies : la CNIL condamne Google à 80 millions d’euros", "La formation restreinte reproche au moteur de recherche l'affichage de publicités dans Gmail et le dépôt de cookies sans consentement valable."),
        ("01net.com", "04-23 15:00", "Publicités dans Gmail : nouvelle amende pour Google en France, deux jours après celle de l'Autorité de la concurrence", "Le gendarme des données personnelles sanctionne cette fois l’entreprise à hauteur de 80 millions d’euros."),
    ]),
    # ------------------------------------------------ one operator's price rise, then its network news
    ("sfr-hausse-prix-box", "fresh19", [
        ("01net.com", "04-20 09:00", "SFR augmente le prix de ses box Internet de 3 euros par mois", "L'opérateur au carré rouge prévient ses abonnés d'une hausse tarifaire appliquée à partir de juin, justifiée par l'enrichissement de ses offres."),
        ("lesnumeriques.com", "04-20 11:30", "Hausse de prix chez SFR : jusqu'à 36 euros de plus par an pour les abonnés box", "Les clients Fibre Power et Premium recevront un courriel d'information dans les prochains jours."),
        ("20minutes.fr", "04-20 18:00", "Votre box augmente ? Voici comment résilier sans frais", "La hausse de 3 € par mois annoncée par SFR ouvre un droit de résiliation gratuite pendant quatre mois. Mode d'emploi."),
        ("frandroid.com", "04-21 08:00", "Box plus chères chez SFR : l’opérateur justifie sa hausse par la fibre et le Wi-Fi 7", "Interrogé, Altice France évoque « des investissements massifs » pour expliquer l'augmentation de 3 € mensuels."),
    ]),
    ("sfr-5g-sa-vingt-villes", "fresh19", [
        ("frandroid.com", "04-22 14:00", "SFR active la 5G SA dans 20 nouvelles villes", "L'opérateur étend son réseau 5G autonome, qui réduit la latence, à Lille, Nantes ou Strasbourg pour les abonnés aux forfaits compatibles."),
        ("clubic.com", "04-22 16:30", "5G+ : SFR déploie son cœur de réseau autonome dans vingt agglomérations", "Deux jours après avoir annoncé une hausse de ses box, l’opérateur met en avant son réseau mobile ; la 5G SA reste réservée aux forfaits haut de gamme."),
    ]),
    # ------------------------------------------------ results, then job cuts the next day; a rival's results the same day
    ("capgemini-ca-t1", "fresh19", [
        ("lesechos.fr", "04-28 07:45", "Capgemini voit son chiffre d’affaires reculer au premier trimestre", "Le groupe de services numériques a réalisé 5,6 milliards d'euros de revenus, en baisse de 1,8 % à taux de change constants, pénalisé par l'industrie."),
        ("lemondeinformatique.fr", "04-28 10:00", "T1 2026 : Capgemini confirme ses objectifs malgré un début d'année poussif", "L’ESN maintient sa prévision d’une croissance comprise entre -1 % et +1 % pour l’exercice, portée par l'IA générative."),
        ("channelnews.fr", "04-28 15:00", "Ventes en baisse, commandes en hausse : le géant français des ESN garde le cap", "Capgemini publie des prises de commandes de 6,1 milliards d’euros sur le trimestre, malgré un chiffre d'affaires en repli."),
    ]),
    ("dassault-systemes-t1", "fresh19", [
        ("zdnet.fr", "04-28 18:30", "Dassault Systèmes : croissance de 6 % au premier trimestre, portée par 3DEXPERIENCE", "L'éditeur de Vélizy confirme ses objectifs annuels malgré le ralentissement de la filière automobile."),
        ("usine-digitale.fr", "04-29 08:00", "Dassault Systèmes tient ses objectifs au T1 grâce au cloud", "Le chiffre d'affaires logiciel atteint 1,6 milliard d'euros ; les revenus cloud progressent de 20 %."),
    ]),
    ("capgemini-plan-departs", "fresh19", [
        ("linforme.com", "04-29 07:00", "Capgemini prépare un plan de départs volontaires en France", "Selon nos informations, l’ESN veut réduire de 2 400 postes ses effectifs français d'ici fin 2026, via une rupture conventionnelle collective présentée aux syndicats."),
        ("lemagit.fr", "04-29 13:00", "Capgemini : 2 400 postes menacés en France, selon L'Informé", "Au lendemain de résultats trimestriels décevants, le groupe confirme des discussions avec les partenaires sociaux sur une rupture conventionnelle collective."),
    ]),
    # ------------------------------------------------ same headcount, same region, different firms
    ("stmicro-crolles-300-postes", "fresh19", [
        ("usine-digitale.fr", "04-23 09:00", "STMicroelectronics va supprimer 300 postes à Crolles", "Le fabricant franco-italien de puces ajuste ses effectifs dans l'Isère face au ralentissement de la demande automobile et industrielle."),
        ("lesechos.fr", "04-23 12:00", "Semi-conducteurs : le plan d'économies de STMicro frappe son site isérois", "Près de 300 emplois sont concernés dans l’usine de Crolles, principalement par des départs volontaires et des non-remplacements."),
        ("20minutes.fr", "04-24 07:30", "Grenoble : inquiétude chez les salariés de ST après l’annonce de 300 suppressions de postes", "Les syndicats de l'usine de Crolles appellent à un rassemblement jeudi devant le site."),
    ]),
    ("atos-300-postes-infogerance", "fresh19", [
        ("silicon.fr", "04-24 10:00", "Atos supprime 300 postes dans ses activités d'infogérance", "Le groupe restructuré poursuit la réduction de ses coûts et ferme son centre de services d'Angers."),
        ("lemondeinformatique.fr", "04-24 16:00", "Infogérance : une nouvelle réduction d'effectifs de trois cents emplois chez Atos", "La direction de l’ex-champion français des services informatiques évoque des reclassements internes et des départs volontaires."),
    ]),
    ("soitec-bernin-activite-partielle", "fresh19", [
        ("lesechos.fr", "04-24 18:00", "Soitec met en sommeil une ligne de production à Bernin", "Le spécialiste isérois des plaquettes de silicium sur isolant ralentit sa production 200 mm et place 150 salariés en activité partielle."),
    ]),
    # ------------------------------------------------ two launches from Kourou four days apart
    ("ariane6-galileo", "fresh19", [
        ("numerama.com", "04-17 03:15", "Ariane 6 réussit son lancement et place deux satellites Galileo en orbite", "La fusée européenne a décollé de Kourou dans la nuit, pour une nouvelle mission au profit de la constellation de navigation européenne."),
        ("01net.com", "04-17 09:00", "Galileo : deux nouveaux satellites lancés par Ariane 6 depuis la Guyane", "Le lanceur d’Arianespace, dans sa version à quatre boosters, a livré sa charge utile en orbite moyenne après près de quatre heures de vol."),
    ]),
    ("vega-c-sentinel-3c", "fresh19", [
        ("numerama.com", "04-21 04:00", "Vega C décolle de Kourou avec un satellite d’observation pour l’ESA", "Le petit lanceur européen a placé en orbite le satellite Copernicus Sentinel-3C, dédié à la surveillance des océans et des terres."),
        ("lesechos.fr", "04-21 10:00", "Espace : nouveau succès pour Vega C, quatre jours après Ariane 6", "Le lanceur italien a mis en orbite le satellite Sentinel-3C depuis le Centre spatial guyanais."),
    ]),
    # ------------------------------------------------ April single-article news
    ("meteo-france-supercalculateur", "fresh19", [
        ("lemondeinformatique.fr", "04-09 11:00", "Météo-France commande un nouveau supercalculateur à Eviden", "L’établissement public multipliera par cinq sa puissance de calcul d'ici 2028 pour affiner ses prévisions et ses projections climatiques."),
    ]),
    ("occitanie-datacenter-public", "fresh19", [
        ("20minutes.fr", "04-27 12:00", "Montpellier : la Région Occitanie inaugure son datacenter public", "Le centre de données régional hébergera les services numériques des lycées et de collectivités locales, avec une chaleur fatale récupérée pour un quartier voisin."),
    ]),
    # ------------------------------------------------ April recurring formats: merge with nothing
    ("hebdo-silicon-0411", "fresh19", [
        ("silicon.fr", "04-11 08:00", "L'essentiel de la semaine : panne OVHcloud, amende de Free, plan de départs chez Ubisoft", "Retour sur les informations qui ont marqué l’actualité IT cette semaine, de l'incident de Gravelines à la sanction de la CNIL."),
    ]),
    ("podcast-01net-0417", "fresh19", [
        ("01net.com", "04-17 18:00", "Le podcast de la semaine : Fortinet, hôpitaux attaqués… la cybersécurité sous pression", "Dans cet épisode, nous revenons sur les failles Fortinet et les cyberattaques contre les hôpitaux de Lannion et de Montélimar."),
    ]),
    ("bons-plans-clubic-0420", "fresh19", [
        ("clubic.com", "04-20 07:00", "Bons plans du jour : Nothing Phone (4a), SSD Samsung et forfait 5G à prix cassé", "Notre sélection quotidienne des meilleures promotions high-tech, du smartphone de Nothing à un forfait 100 Go à moins de 10 euros."),
    ]),
    ("recap-soir-next-0422", "fresh19", [
        ("next.ink", "04-22 19:00", "[Récap] Sopra Steria en Allemagne, la 5G SA de SFR et Google face aux droits voisins", "Ce qu'il fallait retenir ce mercredi : l'ESN s'offre un intégrateur allemand, SFR étend son réseau autonome et Google digère sa sanction."),
    ]),
    ("hebdo-silicon-0425", "fresh19", [
        ("silicon.fr", "04-25 09:00", "Les 5 infos de la semaine : Google doublement sanctionné, ST supprime 300 postes, SFR augmente ses box", "Notre récapitulatif hebdomadaire des faits marquants de l'actualité tech et IT."),
    ]),
    # ------------------------------------------------ one AI firm's two models the same week; an interview next day
    ("mistral-medium-4", "fresh19", [
        ("usine-digitale.fr", "08-04 15:00", "Mistral AI lance Mistral Medium 4, son nouveau modèle multimodal", "La start-up parisienne revendique des performances proches des modèles de pointe pour un coût d'inférence huit fois inférieur."),
        ("numerama.com", "08-04 17:30", "La pépite française de l’IA dégaine un nouveau modèle pour concurrencer GPT-5", "Mistral Medium 4 comprend le texte, l'image et l'audio, et il est disponible dès maintenant dans Le Chat."),
        ("journaldunet.com", "08-05 09:00", "Arthur Mensch : « Medium 4 montre qu'on peut rivaliser sans des milliards de GPU »", "Le patron de Mistral AI revient pour le JDN sur le modèle dévoilé hier et sur la stratégie d'infrastructure de l'entreprise."),
    ]),
    ("mistral-devstral-3", "fresh19", [
        ("lemondeinformatique.fr", "08-06 10:00", "Mistral AI dévoile Devstral 3, un modèle dédié au code", "Deux jours après Medium 4, la société publie sous licence Apache 2.0 un modèle de 40 milliards de paramètres pour les agents de développement."),
        ("next.ink", "08-06 14:00", "Devstral 3 : Mistral muscle son offre pour les développeurs, en open weights", "Le modèle vise les assistants de programmation et s'intègre à l'outil en ligne de commande Mistral Code."),
    ]),
    # ------------------------------------------------ two rival operators down on the same day, unrelated causes
    ("orange-panne-mobile", "fresh19", [
        ("bfmtv.com", "08-11 10:15", "Panne géante chez Orange : appels et données mobiles perturbés dans toute la France", "Depuis ce matin, de nombreux abonnés de l'opérateur historique ne peuvent plus passer d'appels ; Orange évoque un incident sur un équipement du cœur de réseau."),
        ("01net.com", "08-11 11:00", "Orange en panne : le réseau mobile de l’opérateur tombe, ce que l’on sait", "Les signalements se multiplient sur Downdetector ; l’incident toucherait la voix et la 4G/5G."),
        ("frandroid.com", "08-11 17:45", "Panne Orange : le réseau est rétabli, l'opérateur s'explique", "Après sept heures de perturbations, Orange attribue la panne à une mise à jour logicielle défectueuse ; les numéros d'urgence ont été affectés."),
        ("20minutes.fr", "08-12 08:00", "Privé de réseau mardi ? Voici comment obtenir un geste commercial de votre opérateur", "Après la coupure qui a touché des millions d'abonnés d'Orange, on vous explique quels recours sont possibles."),
    ]),
    ("bouygues-panne-fibre-sud-ouest", "fresh19", [
        ("clubic.com", "08-11 15:00", "Bouygues Telecom : des abonnés Bbox privés d'Internet dans le Sud-Ouest", "Sans lien avec la panne d’Orange, une coupure de fibre a touché plusieurs milliers de clients fixes entre Bordeaux et Toulouse."),
        ("lesnumeriques.com", "08-11 19:00", "Journée noire pour les télécoms : Bouygues aussi touché par une panne, côté fibre", "L’opérateur évoque un câble sectionné lors de travaux ; le service a été rétabli en fin d’après-midi."),
    ]),
    # ------------------------------------------------ two leaks at two sports retailers the same week
    ("decathlon-fuite-donnees", "fresh19", [
        ("zdnet.fr", "08-12 09:30", "Decathlon confirme une fuite de données clients", "Noms, adresses électroniques et historiques d'achat de clients du programme de fidélité ont été dérobés via un prestataire, selon l'enseigne."),
        ("numerama.com", "08-12 12:00", "Fuite chez Decathlon : les données de millions de clients dans la nature", "Le distributeur d’articles de sport prévient ses adhérents par courriel ; aucune donnée bancaire ne serait concernée."),
        ("20minutes.fr", "08-13 07:30", "Vous êtes client de l’enseigne de sport ? Les bons réflexes après la fuite de données", "Hameçonnage, changement de mot de passe, vérification de vos comptes : ce qu’il faut faire après le piratage révélé mercredi par Decathlon."),
    ]),
    ("intersport-fuite-donnees", "fresh19", [
        ("clubic.com", "08-14 10:00", "Après Decathlon, Intersport touché à son tour par une fuite de données", "L'enseigne de sport a informé la CNIL d'un accès non autorisé à une base de 1,2 million de comptes clients."),
        ("01net.com", "08-14 14:00", "Intersport piraté : 1,2 million de clients concernés", "Un pirate met en vente sur un forum les données de clients de la marque ; Intersport confirme l'incident."),
    ]),
    # ------------------------------------------------ a deal revealed as talks, then its closing ten days later
    ("docaposte-ekinox-negociations", "fresh19", [
        ("linforme.com", "08-18 07:00", "Docaposte en négociations exclusives pour racheter l’éditeur Ekinox", "Selon nos informations, la filiale numérique de La Poste s’apprête à débourser près de 200 millions d’euros pour le spécialiste lyonnais de la signature électronique."),
        ("journaldunet.com", "08-18 12:00", "La Poste veut s'offrir Ekinox, selon L'Informé", "Docaposte discuterait en exclusivité du rachat de l'éditeur lyonnais ; aucun des deux groupes n'a commenté."),
    ]),
    ("docaposte-ekinox-finalise", "fresh19", [
        ("channelnews.fr", "08-28 09:00", "Docaposte finalise l'acquisition d'Ekinox", "La filiale de La Poste officialise le rachat de l'éditeur lyonnais, après le feu vert des instances représentatives du personnel."),
        ("lemondeinformatique.fr", "08-28 15:00", "Signature électronique : Docaposte boucle le rachat d’Ekinox", "L’opération, valorisant la cible 195 millions d’euros, crée un acteur de la confiance numérique de 1 500 collaborateurs."),
    ]),
    # ------------------------------------------------ a founder's private investment, then his group's results and price rise
    ("niel-wandercraft", "fresh19", [
        ("lesechos.fr", "08-19 08:00", "Xavier Niel investit dans le fabricant d'exosquelettes Wandercraft", "Via sa holding NJJ, le fondateur d'Iliad prend 8 % du capital de la pépite parisienne à l'occasion d'une augmentation de capital de 75 millions d'euros."),
        ("bfmtv.com", "08-19 13:00", "Le patron de Free mise sur les exosquelettes", "Xavier Niel, via NJJ, devient actionnaire de Wandercraft, qui développe des exosquelettes de marche pour les personnes paraplégiques."),
    ]),
    ("free-hausse-freebox-pop", "fresh19", [
        ("lesnumeriques.com", "08-26 10:00", "Free augmente de 2 euros le prix de la Freebox Pop pour les nouveaux abonnés", "L’offre phare de l’opérateur passe à 31,99 € par mois dès ce mercredi, sans changement pour les clients actuels."),
    ]),
    ("iliad-resultats-s1", "fresh19", [
        ("lesechos.fr", "08-27 07:30", "Iliad : le bénéfice progresse au premier semestre, porté par l'Italie et la Pologne", "Le groupe de télécoms fondé par Xavier Niel affiche un chiffre d'affaires de 5,3 milliards d'euros, en hausse de 5 %."),
        ("frandroid.com", "08-27 11:00", "Free gagne encore des abonnés fibre au premier semestre", "La maison mère de l'opérateur, Iliad, revendique 160 000 nouveaux abonnés fibre en France entre janvier et juin dans ses résultats semestriels."),
        ("zdnet.fr", "08-27 16:00", "Résultats semestriels : Iliad relève son objectif de cash-flow", "Le propriétaire de Free table désormais sur plus de 800 millions d’euros de flux de trésorerie opérationnel disponible sur l’exercice."),
    ]),
    # ------------------------------------------------ two AI funding rounds the same day
    ("dust-levee-serie-b", "fresh19", [
        ("usine-digitale.fr", "08-26 08:00", "Dust lève 60 millions de dollars pour ses agents d'IA en entreprise", "La start-up fondée par Gabriel Hubert et Stanislas Polu boucle une série B menée par un fonds américain."),
        ("lesechos.fr", "08-26 09:30", "IA agentique : Dust boucle un tour de table d’une soixantaine de millions de dollars", "La jeune pousse parisienne, qui permet de créer des assistants connectés aux outils internes, compte plus de 2 000 entreprises clientes."),
        ("journaldunet.com", "08-27 10:00", "Comment Dust compte dépenser ses 60 millions", "Au lendemain de sa levée de fonds, la start-up détaille ses projets : recrutements aux États-Unis et nouveaux connecteurs."),
    ]),
    ("giskard-levee-serie-a", "fresh19", [
        ("usine-digitale.fr", "08-26 11:00", "Giskard lève 25 millions d’euros pour tester la fiabilité des IA", "La start-up parisienne spécialisée dans l’évaluation des modèles de langage prépare son expansion européenne."),
        ("silicon.fr", "08-26 15:00", "Sécurité des LLM : Giskard boucle une série A de 25 M€", "La jeune pousse, qui détecte hallucinations et failles des agents conversationnels, compte parmi ses clients plusieurs banques."),
    ]),
    # ------------------------------------------------ two products of one keynote
    ("google-pixel-11", "fresh19", [
        ("frandroid.com", "08-20 19:00", "Google Pixel 11 et 11 Pro officiels : puce Tensor G6, prix et date de sortie", "Google a présenté sa nouvelle gamme lors de son événement Made by Google ; les précommandes ouvrent ce soir à partir de 899 euros."),
        ("lesnumeriques.com", "08-20 19:30", "Pixel 11 : Google mise tout sur Gemini avec son nouveau smartphone", "Le nouveau téléphone de la firme de Mountain View embarque la puce Tensor G6 gravée par TSMC et de nouvelles fonctions d’IA sur l’appareil."),
        ("01net.com", "08-21 08:00", "Faut-il craquer pour le Pixel 11 ou garder son Pixel 10 ?", "Au lendemain de la présentation de Google, on compare les nouveautés du Pixel 11 avec la génération précédente."),
    ]),
    ("google-pixel-watch-5", "fresh19", [
        ("frandroid.com", "08-20 20:15", "Pixel Watch 5 : Google améliore enfin l'autonomie de sa montre", "La nouvelle montre connectée, présentée aux côtés des smartphones, promet 48 heures d’autonomie et une mesure de la pression artérielle."),
        ("clubic.com", "08-21 09:00", "La Pixel Watch 5 est officielle : tout ce qu'il faut savoir", "Prix, autonomie, capteurs : la montre de Google arrive le 28 août à partir de 399 euros."),
    ]),
    # ------------------------------------------------ two court rulings about one firm the same week
    ("uber-prudhommes-requalification", "fresh19", [
        ("bfmtv.com", "08-24 16:00", "Les prud’hommes de Paris requalifient 140 chauffeurs Uber en salariés", "Le conseil de prud’hommes condamne la plateforme à verser plus de 17 millions d’euros d’indemnités aux chauffeurs VTC."),
        ("next.ink", "08-25 09:00", "Uber : 140 chauffeurs obtiennent la requalification de leur contrat", "La plateforme, qui annonce faire appel, est condamnée à des rappels de salaires et à des indemnités pour travail dissimulé."),
    ]),
    ("uber-cour-appel-taxis", "fresh19", [
        ("lesechos.fr", "08-27 14:00", "La cour d’appel de Paris confirme la condamnation d’Uber pour concurrence déloyale envers les taxis", "La plateforme devra verser 2,5 millions d'euros à la Fédération nationale des taxis."),
        ("20minutes.fr", "08-27 18:00", "Taxis contre VTC : la justice donne encore raison aux chauffeurs de taxi", "En appel, Uber est à nouveau condamné à indemniser des organisations de taxis pour concurrence déloyale."),
    ]),
    # ------------------------------------------------ a game's launch, then its sales milestone a week later
    ("dontnod-mosaique-sortie", "fresh19", [
        ("numerama.com", "08-13 16:00", "Don’t Nod lance Mosaïque, son jeu narratif le plus ambitieux", "Le studio parisien sort ce jeudi son nouveau titre sur PC, PS5 et Xbox Series, sur fond d'enjeux financiers cruciaux."),
        ("lesnumeriques.com", "08-13 17:00", "Test Mosaïque : Don't Nod signe un retour en grâce", "Notre avis sur l'aventure narrative du studio français, disponible depuis aujourd’hui."),
        ("clubic.com", "08-14 10:00", "Jeu vidéo : le studio de Life is Strange joue sa survie avec Mosaïque", "Don’t Nod, fragilisé par des pertes, a lancé hier son nouveau jeu ; les premiers retours de la critique sont positifs."),
    ]),
    ("dontnod-mosaique-million", "fresh19", [
        ("numerama.com", "08-20 11:00", "Mosaïque dépasse le million d’exemplaires vendus en une semaine", "Don’t Nod se félicite du succès de son nouveau jeu, qui redonne de l'air au studio parisien."),
        ("lesechos.fr", "08-20 13:00", "Don't Nod : un million de ventes pour Mosaïque, l'action s'envole en Bourse", "Le titre du studio bondit de 25 % après l'annonce des ventes de son nouveau jeu narratif."),
    ]),
    # ------------------------------------------------ two CIO appointments the same day
    ("sncf-nouvelle-dsi", "fresh19", [
        ("cio-online.com", "08-25 09:00", "SNCF nomme une nouvelle directrice des systèmes d’information", "Claire Dufresne, jusqu'ici DSI adjointe de la RATP, prend la tête du numérique du groupe ferroviaire à compter du 1er septembre."),
        ("lemondeinformatique.fr", "08-25 14:00", "Claire Dufresne devient DSI groupe de la SNCF", "Elle succède à un dirigeant parti rejoindre le secteur privé et pilotera notamment la modernisation des systèmes de billettique."),
    ]),
    ("la-poste-nouveau-dsi", "fresh19", [
        ("cio-online.com", "08-25 11:00", "Le groupe La Poste se dote d'un nouveau DSI", "Marc Lebrun, ancien DSI de BNP Paribas Personal Finance, est nommé directeur des systèmes d’information du groupe."),
    ]),
    # ------------------------------------------------ two public procurement decisions the same week
    ("bercy-outscale-cloud", "fresh19", [
        ("lemagit.fr", "08-18 10:00", "Cloud de confiance : Bercy retient Outscale pour héberger ses applications sensibles", "Le ministère de l’Économie attribue à la filiale de Dassault Systèmes un marché de 120 millions d'euros sur quatre ans, qualifié SecNumCloud."),
        ("next.ink", "08-18 17:00", "Le ministère de l'Économie choisit un cloud SecNumCloud français : Outscale l'emporte", "Le marché, d'un montant maximal de 120 M€, porte sur l'hébergement des applications sensibles de la DGFiP et des douanes."),
    ]),
    ("ugap-microsoft-renouvellement", "fresh19", [
        ("next.ink", "08-20 10:00", "L’UGAP renouvelle son contrat-cadre avec Microsoft pour trois ans", "La centrale d’achat public reconduit l’accord permettant aux administrations d’acheter licences Microsoft 365 et Azure, malgré les appels à la souveraineté."),
        ("silicon.fr", "08-20 15:00", "Licences : l'UGAP rempile avec le géant de Redmond", "Le nouveau marché, estimé à 1,1 milliard d'euros, couvre les achats de logiciels des ministères et des collectivités."),
    ]),
    # ------------------------------------------------ space: a satellite operator's recapitalisation
    ("eutelsat-augmentation-capital", "fresh19", [
        ("lesechos.fr", "08-03 08:00", "Eutelsat boucle son augmentation de capital de 1,5 milliard d'euros", "L’État français devient le premier actionnaire de l’opérateur de satellites, qui veut étendre sa constellation OneWeb."),
        ("usine-digitale.fr", "08-03 12:00", "OneWeb : l'opérateur satellitaire européen finalise sa recapitalisation", "Eutelsat lève 1,5 milliard d’euros auprès de l’État, du Royaume-Uni et de Bharti pour financer sa nouvelle génération de satellites en orbite basse."),
    ]),
    # ------------------------------------------------ August recurring formats: merge with nothing
    ("bons-plans-frandroid-0807", "fresh19", [
        ("frandroid.com", "08-07 08:00", "Les meilleurs bons plans de la semaine : Pixel 10 à -30 %, AirPods Pro et forfait 5G", "Smartphones, écouteurs, forfaits : notre sélection des promotions à ne pas manquer avant le week-end."),
    ]),
    ("matinale-jdn-0812", "fresh19", [
        ("journaldunet.com", "08-12 07:00", "La matinale tech du 12 août : panne chez Orange, coupure chez Bouygues, Devstral 3", "Chaque matin, l'essentiel de l'actualité numérique en cinq minutes."),
    ]),
    ("hebdo-zdnet-0815", "fresh19", [
        ("zdnet.fr", "08-15 09:00", "L'actu de la semaine : panne chez Orange, fuite chez Decathlon, Don't Nod lance Mosaïque", "Retour sur les informations qui ont marqué la semaine, des télécoms à la cybersécurité en passant par le jeu vidéo."),
    ]),
    ("newsletter-numerama-0821", "fresh19", [
        ("numerama.com", "08-21 18:00", "Notre newsletter du vendredi : Pixel 11, Intersport et les 1 million de Mosaïque", "Chaque semaine, la rédaction sélectionne pour vous les articles à ne pas rater."),
    ]),
    ("podcast-bfm-0828", "fresh19", [
        ("bfmtv.com", "08-28 19:00", "Tech & Co, le podcast : Iliad, Uber, Dust… ce qu'il faut retenir de la semaine", "Dans cet épisode, nos journalistes décryptent les résultats d'Iliad, les déboires judiciaires d'Uber et la levée de fonds de Dust."),
    ]),
    ("hebdo-silicon-0829", "fresh19", [
        ("silicon.fr", "08-29 09:00", "Les 5 infos de la semaine : Uber face à la justice, Iliad, Docaposte rachète Ekinox", "Notre récapitulatif hebdomadaire des faits marquants de l'actualité tech et IT."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
