"""The 79th fresh labelled set: data centres, energy and networks, June to August 2026, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh79".
Positives: titles sharing almost no word with their siblings ("Chez Proust, un datacenter ne passera pas",
"4 milliards pour le Haut-Rhin"), events named only by periphrasis ("l'électricien national", "le géant de
Seattle", "l'opérateur historique", "le géant coréen", "la firme à la pomme", "l'ex-champion français de
l'informatique"), syndicated reports ("selon Les Echos", "selon L'Informé"), English-word titles ("Layoffs chez
Atos", "Outage chez OVHcloud"), digits against words (1 200 / « plus d'un millier », 6 / six milliards, 15 /
quinze ans), next-day post-mortems, reactions and practical follow-ups, explainers ("ce que change") and a
hands-on test, all tied to one happening.
Hard negatives: AWS's 6-billion investment plan and its EDF nuclear contract two days later; EDF's nuclear
contracts with AWS then Google six weeks apart, and EDF's call for data-centre sites the day after the Google
deal; Microsoft's Alsace campus then the appeal against its permit; the Fouju public debate then RTE's
400 kV line for the same campus; RTE's connection-queue report and RTE's heatwave alert; two ransomware attacks
on two hospitals two days apart; two start-ups in data-centre cooling and heat reuse raising money the same day,
beside a cooling explainer; iOS 27 and macOS 27 at one keynote, then an iOS 27 beta battery bug; three Patch
Tuesdays; Atos layoffs then a strike; Mistral's model launch then its data centre two days later; a CNIL fine
then its appeal; Orange's copper cut in 162 communes then Arcep's copper calendar; two fibre sabotages three
weeks apart; Marseille's water restriction for data centres and a Marseille data-centre opening the next day,
plus a water-use explainer weeks later; OVHcloud's Gravelines cooling outage, its quarterly revenue, and a
vaguer second outage five days later; two undersea cable faults three weeks apart; Samsung's Fold 8 and Watch 9
at one Unpacked; the simplification law on data centres then the Conseil constitutionnel ruling; Orange's
half-year results, Bouygues Telecom's results the next day and Orange's data-centre stake sale two days later;
an Arcep fine on XpFibre then its sale; the Freebox Pop 2 launch then a Wi-Fi bug; Scaleway's GPU cluster then
its outage; STMicroelectronics' results then its Crolles freeze the next day; Data4's solar contract and its SMR
deal; Google's land hunt a week before its EDF contract; recurring weekly roundups, newsletters and deals posts
with identical titles.
`build` fixes the year 2026; times are UTC, June to August 2026.

Measured once on 71a0098, the code that lands at stop 28: precision 1.000, recall 0.818 (1.000 / 0.804 on
e7cfb27, the code that landed at stop 27).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- AWS announces a 6-billion plan for its French data centres
    ("aws-france-invest-6bn", "fresh79", [
        ("lesechos.fr", "06-03 05:30",
         "Amazon Web Services va investir 6 milliards d'euros dans ses datacenters en France",
         "Le numéro un mondial du cloud prévoit d'agrandir ses trois zones de disponibilité en Île-de-France et d'ouvrir un nouveau campus dans le Grand Est d'ici 2030."),
        ("bfmtv.com", "06-03 08:10",
         "AWS va injecter 6 milliards en France, selon Les Echos",
         "La filiale cloud d'Amazon s'apprête à annoncer un plan d'investissement de six milliards d'euros dans ses infrastructures françaises, rapportent Les Echos."),
        ("lemagit.fr", "06-03 11:45",
         "AWS confirme un plan de 6 milliards d'euros pour ses infrastructures françaises",
         "Amazon Web Services officialise l'extension de sa région Europe (Paris) et un futur campus de centres de données dans le Grand Est, avec 1 000 emplois directs annoncés."),
        ("silicon.fr", "06-03 15:20",
         "Datacenters : le géant de Seattle met six milliards sur la table",
         "L'investissement, étalé jusqu'en 2030, doit financer de nouveaux bâtiments autour de Paris et un campus dans l'Est ; l'approvisionnement électrique reste la grande inconnue."),
        ("journaldunet.com", "06-04 09:00",
         "Pourquoi Amazon mise autant sur l'Hexagone",
         "Demande en IA, souveraineté, électricité nucléaire abondante : les raisons qui poussent AWS à engager six milliards d'euros en France d'ici la fin de la décennie."),
    ]),
    # ---------------------------------------------- Arcep's Q1 fibre observatory
    ("arcep-fibre-observatoire-t1", "fresh79", [
        ("next.ink", "06-04 10:15",
         "Observatoire de l'Arcep : la fibre dépasse les 26 millions d'abonnements",
         "Fin mars, 26,1 millions de locaux étaient abonnés à une offre FttH ; les accès sur cuivre passent sous la barre des 3 millions, selon le régulateur."),
        ("zdnet.fr", "06-04 12:40",
         "Le cuivre passe sous les 3 millions de lignes",
         "Selon le dernier observatoire du régulateur des télécoms, le réseau historique ne compte plus que 2,9 millions d'abonnés au premier trimestre, pendant que le FttH poursuit sa progression."),
        ("lesnumeriques.com", "06-04 16:00",
         "Près de neuf abonnés fixes sur dix sont passés au très haut débit optique",
         "L'Arcep recense 26,1 millions d'abonnements en fibre optique fin mars 2026, soit 570 000 de plus en un trimestre."),
    ]),
    # ---------------------------------------------- EDF signs a 15-year nuclear power contract with AWS
    ("edf-aws-nuclear-contract", "fresh79", [
        ("lesechos.fr", "06-05 06:45",
         "EDF signe avec Amazon son premier contrat nucléaire long pour des datacenters",
         "L'électricien fournira jusqu'à 600 MW aux centres de données d'AWS en France pendant quinze ans, dans le cadre d'un contrat d'allocation de production nucléaire (CAPN)."),
        ("lemondeinformatique.fr", "06-05 09:30",
         "EDF et AWS signent un contrat d'électricité nucléaire de 15 ans",
         "Le groupe public alimentera en électricité bas carbone les datacenters d'Amazon Web Services en France ; le volume porte sur 600 mégawatts."),
        ("usine-digitale.fr", "06-05 13:10",
         "L'électricien national alimentera le géant de Seattle pendant quinze ans",
         "Le contrat porte sur une puissance de 600 mégawatts ; c'est le premier CAPN signé avec un exploitant de centres de données."),
        ("latribune.fr", "06-05 16:45",
         "Nucléaire : ce que change le contrat entre EDF et Amazon",
         "Prix plancher, partage des risques, durée : les clés de l'accord qui garantit à AWS une électricité nucléaire à prix encadré jusqu'en 2041."),
    ]),
    # ---------------------------------------------- WWDC: iOS 27
    ("apple-ios27", "fresh79", [
        ("frandroid.com", "06-08 18:40",
         "iOS 27 officialisé : Apple mise tout sur Siri et la stabilité",
         "Lors de la WWDC, Apple a présenté iOS 27, une version centrée sur un Siri repensé et sur les performances, attendue à l'automne."),
        ("01net.com", "06-08 19:15",
         "iOS 27 : toutes les nouveautés annoncées pour votre iPhone",
         "Nouveau Siri conversationnel, écran verrouillé personnalisable, traduction en direct dans les appels : le tour complet de la prochaine mise à jour de l'iPhone."),
        ("lesnumeriques.com", "06-08 21:00",
         "iOS 27 : quels iPhone seront compatibles ?",
         "La prochaine version du système mobile d'Apple abandonne l'iPhone XS et le XR ; voici la liste complète des modèles pris en charge."),
        ("clubic.com", "06-09 07:30",
         "La firme à la pomme dévoile la prochaine version de son système mobile",
         "Siri réinventé, Liquid Glass retouché, mode d'économie d'énergie adaptatif : ce que la firme de Cupertino a présenté lundi soir pour l'iPhone."),
    ]),
    # ---------------------------------------------- WWDC: macOS 27 (same keynote, separate articles)
    ("apple-macos27", "fresh79", [
        ("01net.com", "06-08 20:05",
         "macOS 27 : Apple présente la nouvelle version de son système pour Mac",
         "macOS 27 apporte une fenêtre Siri intégrée au bureau, un Centre de contrôle redessiné et signe la fin de la prise en charge des Mac Intel."),
        ("lesnumeriques.com", "06-09 09:20",
         "macOS 27 tire un trait sur les Mac Intel",
         "Annoncé lors de la WWDC, macOS 27 ne fonctionnera plus que sur les Mac équipés de puces Apple Silicon."),
    ]),
    # ---------------------------------------------- June Patch Tuesday
    ("patch-tuesday-juin", "fresh79", [
        ("lemondeinformatique.fr", "06-09 19:20",
         "Patch Tuesday de juin : Microsoft corrige 68 failles",
         "Le lot mensuel de correctifs de Microsoft comble 68 vulnérabilités, dont deux zero-day déjà exploitées dans le pilote CLFS et dans Hyper-V."),
        ("zdnet.fr", "06-10 08:00",
         "Deux zero-day au programme des correctifs de juin de Microsoft",
         "Windows, Office et Hyper-V : Microsoft a publié mardi soir ses mises à jour de sécurité, qui corrigent 68 failles dont deux activement exploitées."),
    ]),
    # ---------------------------------------------- Microsoft announces a 4-billion data-centre campus near Mulhouse
    ("microsoft-campus-sausheim", "fresh79", [
        ("lesechos.fr", "06-10 05:45",
         "Microsoft va construire un campus de datacenters à 4 milliards d'euros près de Mulhouse",
         "Le groupe américain a choisi la zone industrielle de l'Île Napoléon, à Sausheim, pour un campus de 300 MW dédié à l'IA, dont la mise en service est prévue en 2029."),
        ("lemagit.fr", "06-10 10:00",
         "Microsoft confirme un campus de 300 MW en Alsace",
         "L'éditeur de Windows va implanter dans le Haut-Rhin de nouvelles capacités pour Azure et ses services d'IA ; le site sera raccordé au poste électrique de Sausheim."),
        ("bfmtv.com", "06-10 12:30",
         "4 milliards pour le Haut-Rhin : le pari alsacien du géant de Redmond",
         "La firme de Redmond confirme un projet de centres de données géants à côté de Mulhouse ; 400 emplois permanents sont promis."),
        ("lemondeinformatique.fr", "06-10 15:10",
         "Azure : Microsoft étend ses capacités françaises avec un site à Sausheim",
         "Après Paris et Marseille, Microsoft ajoute une troisième implantation à sa région cloud France avec un campus alsacien de 300 MW."),
        ("latribune.fr", "06-11 08:30",
         "Datacenter de Microsoft à Sausheim : les élus applaudissent, les associations s'inquiètent",
         "Au lendemain de l'annonce, les élus de Mulhouse Alsace Agglomération saluent le projet tandis qu'Alsace Nature s'interroge sur la consommation d'eau et d'électricité du campus."),
    ]),
    # ---------------------------------------------- RTE report: 25 GW of data-centre connection requests
    ("rte-file-attente-raccordement", "fresh79", [
        ("lesechos.fr", "06-11 06:30",
         "Datacenters : RTE croule sous les demandes de raccordement",
         "Le gestionnaire du réseau haute tension a enregistré 25 gigawatts de demandes, soit la moitié de la consommation moyenne française, et veut trier les projets."),
        ("lemondeinformatique.fr", "06-11 11:00",
         "RTE a reçu 25 GW de demandes de raccordement pour des centres de données",
         "Le gestionnaire du réseau de transport d'électricité fait état d'un afflux de projets de datacenters, dont une part importante ne verra jamais le jour."),
        ("next.ink", "06-12 09:30",
         "File d'attente électrique : RTE veut écarter les « projets fantômes »",
         "Face aux 25 GW de demandes, le gestionnaire de réseau propose de réserver les capacités aux projets qui ont sécurisé leur foncier et leur financement."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 24
    ("lemagit-essentiel-s24", "fresh79", [
        ("lemagit.fr", "06-12 17:00",
         "Datacenters et cloud : l'essentiel de la semaine",
         "Le campus de Microsoft en Alsace, l'afflux de demandes de raccordement chez RTE et le Patch Tuesday de juin : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Next weekly, #24
    ("next-hebdo-24", "fresh79", [
        ("next.ink", "06-13 08:00",
         "Hebdo #24 : Microsoft en Alsace, RTE débordé et WWDC",
         "Chaque samedi, notre sélection : le campus de 300 MW de Microsoft, les 25 GW de demandes de raccordement et les annonces d'Apple."),
    ]),
    # ---------------------------------------------- CNDP public debate opens on the Fouju AI campus
    ("fouju-debat-public", "fresh79", [
        ("lesechos.fr", "06-15 06:00",
         "Campus IA de Fouju : le débat public s'ouvre sur le plus gros datacenter d'Europe",
         "La Commission nationale du débat public lance lundi quatre mois de concertation sur le projet de 1,4 GW porté par le fonds émirien MGX, Bpifrance et Nvidia en Seine-et-Marne."),
        ("usine-digitale.fr", "06-15 10:20",
         "Seine-et-Marne : la CNDP ouvre la concertation sur le campus IA à 1,4 GW",
         "Réunions publiques, ateliers et plateforme en ligne : les habitants ont jusqu'en octobre pour donner leur avis sur le campus de centres de données prévu à Fouju."),
        ("next.ink", "06-16 11:00",
         "Débat public à Fouju : les habitants découvrent l'ampleur du projet",
         "Lors de la première réunion publique, lundi soir, riverains et agriculteurs ont interrogé les porteurs du campus sur les 70 hectares de terres et la ligne très haute tension à construire."),
    ]),
    # ---------------------------------------------- single: OVHcloud opens a Milan availability zone
    ("ovh-zone-milan", "fresh79", [
        ("silicon.fr", "06-16 09:15",
         "OVHcloud ouvre une zone de disponibilité à Milan",
         "L'hébergeur roubaisien complète sa région italienne avec une troisième zone, destinée aux clients qui exigent une redondance dans le pays."),
    ]),
    # ---------------------------------------------- ransomware at the Montauban hospital
    ("ransomware-ch-montauban", "fresh79", [
        ("lemagit.fr", "06-16 08:50",
         "Le centre hospitalier de Montauban frappé par un rançongiciel",
         "L'hôpital du Tarn-et-Garonne a basculé en mode dégradé dans la nuit de lundi à mardi après le chiffrement d'une partie de ses serveurs."),
        ("zdnet.fr", "06-16 13:00",
         "Cyberattaque : l'hôpital de Montauban en mode dégradé",
         "Les urgences fonctionnent sur papier et des opérations non urgentes ont été déprogrammées ; l'ANSSI et le CERT Santé sont mobilisés."),
        ("01net.com", "06-17 10:30",
         "Montauban : les pirates réclament une rançon à l'hôpital",
         "Le groupe Qilin revendique l'attaque contre le centre hospitalier et menace de publier 400 Go de données de patients."),
    ]),
    # ---------------------------------------------- ransomware at the Vienne (Isère) hospital two days later
    ("ransomware-ch-vienne", "fresh79", [
        ("lemagit.fr", "06-18 09:40",
         "Nouvel hôpital visé : le CH de Vienne victime d'un ransomware",
         "Deux jours après Montauban, le centre hospitalier Lucien-Hussel de Vienne, en Isère, a dû couper son système d'information après une attaque par rançongiciel."),
        ("numerama.com", "06-18 14:20",
         "L'hôpital de Vienne, en Isère, paralysé par une cyberattaque",
         "Admissions manuelles, transferts de patients vers Lyon : l'établissement isérois tourne au ralenti depuis mercredi matin."),
    ]),
    # ---------------------------------------------- Submerga (immersion cooling) raises 30 million
    ("submerga-levee", "fresh79", [
        ("lesechos.fr", "06-18 06:00",
         "Datacenters : Submerga lève 30 millions pour son refroidissement liquide",
         "La jeune pousse lyonnaise, qui plonge les serveurs dans un fluide diélectrique, boucle un tour de table mené par Eurazeo pour industrialiser ses cuves."),
        ("usine-digitale.fr", "06-18 09:30",
         "Submerga lève 30 millions d'euros pour plonger les serveurs dans l'huile",
         "Le spécialiste du refroidissement par immersion veut ouvrir une usine près de Lyon et tripler ses effectifs d'ici fin 2027."),
    ]),
    # ---------------------------------------------- Calorea (data-centre heat reuse) raises 12 million, same day
    ("calorea-levee", "fresh79", [
        ("lesechos.fr", "06-18 06:10",
         "Chaleur fatale des datacenters : Calorea boucle une levée de 12 millions",
         "La start-up nantaise récupère la chaleur des salles serveurs pour alimenter réseaux de chaleur et piscines ; Bpifrance et Demeter participent au tour de table."),
        ("usine-digitale.fr", "06-18 11:45",
         "Calorea lève 12 millions d'euros pour chauffer les villes avec les serveurs",
         "La jeune pousse nantaise a déjà équipé quatre centres de données en Pays de la Loire et vise une trentaine de raccordements d'ici 2028."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 25
    ("lemagit-essentiel-s25", "fresh79", [
        ("lemagit.fr", "06-19 17:00",
         "Datacenters et cloud : l'essentiel de la semaine",
         "Le débat public sur le campus de Fouju, deux hôpitaux victimes de rançongiciels et les levées de fonds dans le refroidissement : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- single: cooling explainer
    ("explainer-refroidissement", "fresh79", [
        ("numerama.com", "06-20 10:00",
         "Comment refroidit-on un datacenter ? Air, eau, immersion : on vous explique",
         "Allées froides, refroidissement adiabatique, liquide au plus près des puces ou cuves d'immersion : tour d'horizon des techniques qui empêchent les serveurs de surchauffer."),
    ]),
    # ---------------------------------------------- single: fibre reaches last Creuse communes
    ("fibre-creuse-fin", "fresh79", [
        ("lesnumeriques.com", "06-22 08:30",
         "La Creuse devient l'un des premiers départements ruraux fibrés à 100 %",
         "Le réseau d'initiative publique a raccordé ses dernières prises ; chaque logement creusois est désormais éligible à la fibre optique."),
    ]),
    # ---------------------------------------------- Atos plans about 1,200 job cuts in France
    ("atos-suppressions-postes", "fresh79", [
        ("linforme.com", "06-22 06:00",
         "Atos prépare la suppression de 1 200 postes en France",
         "Selon nos informations, la direction du groupe présentera mardi aux syndicats un plan de départs visant environ 1 200 emplois, principalement dans l'infogérance."),
        ("lemondeinformatique.fr", "06-22 10:30",
         "Atos va supprimer environ 1 200 postes en France, selon L'Informé",
         "Le groupe de services numériques s'apprêterait à lancer un nouveau plan de départs dans ses activités d'infogérance et de datacenters."),
        ("silicon.fr", "06-23 09:00",
         "Layoffs chez Atos : le plan présenté aux syndicats",
         "La direction a confirmé mardi en CSE central un plan portant sur 1 180 postes, avec des départs volontaires et des reclassements internes."),
        ("zdnet.fr", "06-23 14:30",
         "L'ex-champion français de l'informatique taille encore dans ses effectifs",
         "Le groupe de Bezons confirme un plan de plus d'un millier de suppressions d'emplois en France, le troisième en quatre ans."),
    ]),
    # ---------------------------------------------- Mistral AI launches Mistral Medium 4
    ("mistral-medium-4", "fresh79", [
        ("usine-digitale.fr", "06-23 15:00",
         "Mistral AI dévoile Mistral Medium 4",
         "La start-up parisienne présente son nouveau modèle de taille intermédiaire, disponible par API et dans Le Chat, avec une fenêtre de contexte d'un million de jetons."),
        ("numerama.com", "06-23 17:30",
         "Mistral Medium 4 : le modèle français promet les performances des meilleurs à moindre coût",
         "Mistral AI affirme rivaliser avec les modèles d'OpenAI et d'Anthropic sur le code et le raisonnement, pour un prix par jeton divisé par quatre."),
        ("frandroid.com", "06-24 08:00",
         "Le Chat passe à Mistral Medium 4 : ce que ça change pour vous",
         "Réponses plus rapides, meilleure compréhension des documents : l'assistant de Mistral AI bascule sur son nouveau modèle, y compris dans l'offre gratuite."),
    ]),
    # ---------------------------------------------- CNIL fines Cdiscount 12 million over cookies
    ("cnil-amende-cdiscount", "fresh79", [
        ("next.ink", "06-24 10:00",
         "La CNIL inflige 12 millions d'euros d'amende à Cdiscount",
         "Le gendarme des données personnelles sanctionne le site de e-commerce bordelais pour des cookies publicitaires déposés sans consentement."),
        ("numerama.com", "06-24 12:30",
         "Cookies : Cdiscount condamné à 12 millions d'euros par la CNIL",
         "Le refus des traceurs était plus compliqué que leur acceptation, estime la CNIL, qui a aussi relevé des cookies déposés avant tout clic."),
        ("lefigaro.fr", "06-24 15:00",
         "Le champion bordelais du e-commerce sanctionné pour ses traceurs publicitaires",
         "La Commission nationale de l'informatique et des libertés a prononcé une amende de 12 millions d'euros contre la filiale du groupe Casino."),
    ]),
    # ---------------------------------------------- Mistral AI inaugurates its Essonne data centre
    ("mistral-datacenter-bruyeres", "fresh79", [
        ("lesechos.fr", "06-25 06:00",
         "Mistral AI inaugure son premier datacenter, dans l'Essonne",
         "La start-up met en service à Bruyères-le-Châtel un site de 40 MW équipé de 18 000 puces Nvidia, premier jalon de son offre Mistral Compute."),
        ("lemagit.fr", "06-25 10:30",
         "Mistral Compute : le site de Bruyères-le-Châtel entre en service",
         "Le centre de calcul de Mistral AI, alimenté par un contrat d'électricité bas carbone, accueillera ses propres entraînements et ceux de clients européens."),
        ("bfmtv.com", "06-25 18:00",
         "Emmanuel Macron inaugure le centre de calcul de la pépite française de l'IA",
         "Le président de la République était jeudi dans l'Essonne pour l'ouverture du datacenter de Mistral AI, qu'il présente comme un symbole de souveraineté."),
    ]),
    # ---------------------------------------------- single: Data4 signs a solar PPA
    ("data4-ppa-solaire", "fresh79", [
        ("silicon.fr", "06-26 11:00",
         "Data4 signe un contrat d'électricité solaire de 10 ans avec TotalEnergies",
         "L'opérateur de datacenters achètera la production de trois centrales photovoltaïques du Sud-Ouest pour couvrir 20 % de la consommation de ses campus français."),
    ]),
    # ---------------------------------------------- France Travail data leak
    ("france-travail-fuite", "fresh79", [
        ("zdnet.fr", "06-26 09:00",
         "France Travail : les données de 1,2 million de demandeurs d'emploi dérobées",
         "Un pirate a utilisé le compte d'un conseiller d'un organisme partenaire pour extraire noms, adresses et numéros de sécurité sociale."),
        ("numerama.com", "06-26 11:40",
         "Nouvelle fuite chez France Travail : ce que vous devez savoir",
         "1,2 million d'inscrits sont concernés ; l'opérateur public prévient qu'aucun mot de passe ni coordonnée bancaire n'a été dérobé."),
        ("bfmtv.com", "06-26 17:20",
         "Cyberattaque : 1,2 million de chômeurs exposés après un piratage de France Travail",
         "L'opérateur public a porté plainte et notifié la CNIL ; les personnes concernées seront prévenues par courriel."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 26
    ("clubic-bons-plans-s26", "fresh79", [
        ("clubic.com", "06-27 08:00",
         "Les bons plans de la semaine : SSD, box fibre et TV 4K à prix cassés",
         "Chaque samedi, notre sélection des meilleures promotions high-tech repérées cette semaine."),
    ]),
    # ---------------------------------------------- iOS 27 beta drains the battery (weeks after the keynote)
    ("ios27-beta-batterie", "fresh79", [
        ("frandroid.com", "06-29 09:10",
         "iOS 27 bêta 2 vide la batterie de votre iPhone : Apple enquête",
         "De nombreux testeurs constatent que leur iPhone perd jusqu'à 20 % d'autonomie en une nuit depuis la deuxième bêta de la mise à jour."),
        ("01net.com", "06-29 14:00",
         "Votre iPhone se décharge à vue d'œil ? La faute à la dernière bêta",
         "Un processus d'indexation tourne en boucle dans la deuxième version de test d'iOS 27 ; Apple recommande de patienter jusqu'à la prochaine bêta."),
    ]),
    # ---------------------------------------------- Orange cuts copper in 162 communes
    ("orange-cuivre-162-communes", "fresh79", [
        ("zdnet.fr", "06-30 08:00",
         "Fin du cuivre : Orange coupe l'ADSL dans 162 nouvelles communes",
         "Depuis ce mardi, il n'est plus possible d'utiliser une ligne ADSL ou un téléphone fixe sur cuivre dans 162 communes, nouvelle étape de la fermeture du réseau historique."),
        ("01net.com", "06-30 10:15",
         "ADSL coupé : votre commune est-elle concernée ce 30 juin ?",
         "La liste des 162 communes où le réseau cuivre est débranché aujourd'hui, et comment vérifier votre éligibilité à la fibre."),
        ("frandroid.com", "06-30 12:40",
         "L'opérateur historique débranche le cuivre dans 162 communes",
         "Box ADSL, lignes fixes, alarmes et téléassistance : les abonnés qui n'ont pas basculé vers la fibre perdent leur service ce 30 juin."),
        ("lesnumeriques.com", "07-01 09:00",
         "Fin de l'ADSL : que faire si votre ligne a été coupée hier ?",
         "Au lendemain de la coupure du cuivre dans 162 communes, les solutions pour les foyers restés sans fibre : 4G fixe, satellite ou recours auprès d'Orange."),
    ]),
    # ---------------------------------------------- Atos strike against the job cuts (a week later)
    ("atos-greve", "fresh79", [
        ("lemondeinformatique.fr", "06-30 11:20",
         "Grève chez Atos contre le plan de suppressions de postes",
         "À l'appel de l'intersyndicale, des salariés d'Atos ont débrayé mardi sur plusieurs sites, dont Bezons et Angers, pour réclamer de meilleures conditions de départ."),
        ("next.ink", "06-30 16:00",
         "Atos : les salariés se mobilisent devant le siège de Bezons",
         "Quelques centaines de personnes se sont rassemblées à l'appel de la CFDT, de la CGT et de la CFE-CGC ; la direction maintient son calendrier."),
    ]),
    # ---------------------------------------------- government list of 35 turnkey data-centre sites
    ("etat-sites-cles-en-main", "fresh79", [
        ("lesechos.fr", "07-01 06:00",
         "Datacenters : l'État dévoile 35 sites « clés en main »",
         "Bercy publie la liste des terrains déjà raccordables au réseau électrique et purgés de recours, destinés à accueillir des centres de données d'ici 2028."),
        ("usine-digitale.fr", "07-01 11:00",
         "35 terrains prêts pour les datacenters : la carte du gouvernement",
         "Friches industrielles, anciennes centrales, zones portuaires : où se trouvent les emplacements que l'exécutif réserve aux centres de données."),
        ("latribune.fr", "07-02 07:30",
         "Sites clés en main : les régions se disputent les datacenters",
         "Hauts-de-France et Grand Est raflent la moitié des 35 emplacements retenus par le gouvernement ; l'Occitanie et la Bretagne s'estiment oubliées."),
    ]),
    # ---------------------------------------------- fibre sabotage in the Hérault
    ("sabotage-fibre-herault", "fresh79", [
        ("01net.com", "07-02 09:00",
         "Câbles de fibre sectionnés dans l'Hérault : des milliers d'abonnés privés d'Internet",
         "Un acte de malveillance dans la nuit de mercredi à jeudi a coupé des artères de fibre optique près de Montpellier, touchant les clients de plusieurs opérateurs."),
        ("bfmtv.com", "07-02 12:00",
         "Hérault : des câbles volontairement coupés, Internet et mobile en panne",
         "Box, antennes relais et terminaux de paiement : une partie de l'agglomération montpelliéraine est restée sans connexion pendant la matinée."),
        ("numerama.com", "07-02 16:30",
         "Sabotage de la fibre près de Montpellier : ce que l'on sait",
         "Les gendarmes ont ouvert une enquête après la découverte de câbles tranchés dans deux chambres de tirage ; le retour à la normale est attendu vendredi."),
    ]),
    # ---------------------------------------------- single: Opcore (Iliad) announces an Île-de-France campus
    ("opcore-campus-idf", "fresh79", [
        ("lemagit.fr", "07-02 14:00",
         "Opcore, la filiale datacenters d'Iliad, annonce un campus de 400 MW en Île-de-France",
         "Le groupe de Xavier Niel veut doubler ses capacités d'hébergement pour l'IA avec un nouveau site en Seine-et-Marne, attendu en 2029."),
    ]),
    # ---------------------------------------------- drought: prefecture restricts water for Marseille data centres
    ("marseille-eau-datacenters", "fresh79", [
        ("lemondeinformatique.fr", "07-06 10:00",
         "Sécheresse : le préfet restreint l'eau des datacenters marseillais",
         "Placées en alerte renforcée, les Bouches-du-Rhône imposent aux centres de données de réduire de 30 % leurs prélèvements d'eau destinés au refroidissement."),
        ("next.ink", "07-06 14:20",
         "Canicule : les datacenters de Marseille priés de fermer le robinet",
         "L'arrêté préfectoral vise les sites consommant plus de 10 000 mètres cubes par an ; les exploitants ont quinze jours pour s'y conformer."),
        ("lefigaro.fr", "07-07 06:30",
         "À Marseille, les serveurs rationnés en eau",
         "La cité phocéenne, devenue un carrefour des câbles sous-marins, voit ses centres de données contraints de limiter leur consommation en pleine vague de chaleur."),
    ]),
    # ---------------------------------------------- Digital Realty opens MRS5 in Marseille (next day)
    ("digital-realty-mrs5", "fresh79", [
        ("lemagit.fr", "07-07 09:00",
         "Digital Realty ouvre MRS5, son cinquième datacenter marseillais",
         "Le site de 24 MW, situé sur le port, est refroidi par l'eau d'anciennes galeries minières et ne prélève pas d'eau potable, assure l'opérateur."),
        ("silicon.fr", "07-07 15:00",
         "Marseille : Digital Realty met en service MRS5",
         "Le nouveau centre de données de l'opérateur américain vise les hébergeurs de contenus et les opérateurs de câbles sous-marins qui atterrissent à Marseille."),
    ]),
    # ---------------------------------------------- OVHcloud cooling failure at Gravelines during the heatwave
    ("ovh-panne-gravelines-canicule", "fresh79", [
        ("lemagit.fr", "07-08 08:30",
         "OVHcloud : panne de refroidissement à Gravelines en pleine canicule",
         "Une défaillance du système de refroidissement a contraint l'hébergeur à arrêter une partie des serveurs de son site de Gravelines mardi soir."),
        ("01net.com", "07-08 10:00",
         "Panne OVH : des milliers de sites inaccessibles",
         "De nombreux sites web et services hébergés par OVHcloud sont tombés dans la nuit, après une surchauffe dans un datacenter du Nord."),
        ("silicon.fr", "07-08 13:40",
         "Outage chez OVHcloud : la chaleur en cause",
         "Avec plus de 38 °C sur le littoral du Nord, les salles de Gravelines ont dépassé leurs seuils de température ; le retour à la normale a pris une douzaine d'heures."),
        ("lemagit.fr", "07-09 11:00",
         "Gravelines : le champion français du cloud détaille la cascade de défaillances",
         "Dans son rapport d'incident, l'hébergeur explique qu'une pompe de la boucle d'eau est tombée en panne, puis que le circuit de secours n'a pas pris le relais."),
    ]),
    # ---------------------------------------------- single: Google hunting for land for a French data centre
    ("google-terrain-datacenter", "fresh79", [
        ("linforme.com", "07-08 06:00",
         "Google cherche un terrain pour son premier datacenter en France",
         "Selon nos informations, la firme de Mountain View a visité plusieurs friches industrielles dans l'Oise et dans le Grand Est ces dernières semaines."),
    ]),
    # ---------------------------------------------- OVHcloud Q3 revenue
    ("ovh-ca-t3", "fresh79", [
        ("lemondeinformatique.fr", "07-09 18:00",
         "OVHcloud : chiffre d'affaires en hausse de 9 % au troisième trimestre",
         "L'hébergeur roubaisien affiche 291 millions d'euros de revenus sur le trimestre clos fin mai et confirme ses objectifs pour l'exercice."),
        ("lesechos.fr", "07-10 06:30",
         "OVHcloud maintient le cap malgré un trimestre en demi-teinte",
         "La croissance du cloud public compense le ralentissement des serveurs dédiés ; le groupe vise toujours une marge d'Ebitda ajusté proche de 40 %."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 28
    ("lemagit-essentiel-s28", "fresh79", [
        ("lemagit.fr", "07-10 17:00",
         "Datacenters et cloud : l'essentiel de la semaine",
         "La panne d'OVHcloud à Gravelines, l'eau rationnée des datacenters marseillais et l'ouverture de MRS5 : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- second, vaguer OVHcloud outage five days later
    ("ovh-panne-reseau-juillet", "fresh79", [
        ("next.ink", "07-13 09:50",
         "Nouvelle panne chez OVHcloud",
         "Quelques jours après l'incident de refroidissement, des clients de l'hébergeur signalent à nouveau des serveurs injoignables depuis dimanche soir."),
        ("01net.com", "07-13 12:00",
         "OVH en panne, encore : des sites à nouveau hors ligne",
         "Un problème réseau a perturbé l'accès à des serveurs de l'hébergeur pendant près de trois heures ; la cause n'est pas encore connue."),
    ]),
    # ---------------------------------------------- July Patch Tuesday
    ("patch-tuesday-juillet", "fresh79", [
        ("lemondeinformatique.fr", "07-14 19:10",
         "Patch Tuesday de juillet : 137 vulnérabilités corrigées par Microsoft",
         "Le lot de correctifs de juillet comble 137 failles, dont une zero-day activement exploitée dans SharePoint Server."),
        ("silicon.fr", "07-15 08:30",
         "Microsoft : une faille SharePoint exploitée corrigée en juillet",
         "Les correctifs mensuels de Microsoft traitent 137 vulnérabilités ; les administrateurs de SharePoint sur site sont invités à patcher sans attendre."),
    ]),
    # ---------------------------------------------- EDF signs a nuclear contract with Google
    ("edf-google-nuclear-contract", "fresh79", [
        ("lesechos.fr", "07-15 06:00",
         "Après Amazon, EDF signe un contrat nucléaire de long terme avec Google",
         "L'électricien fournira 400 MW à la firme de Mountain View pendant douze ans pour ses futurs datacenters français."),
        ("lemondeinformatique.fr", "07-15 11:00",
         "Google sécurise 400 MW d'électricité nucléaire auprès d'EDF",
         "Le contrat d'allocation de production nucléaire couvre la période 2028-2040 et accompagne l'arrivée annoncée de centres de données du groupe en France."),
    ]),
    # ---------------------------------------------- EDF opens two former plant sites to data centres (next day)
    ("edf-ami-sites-datacenters", "fresh79", [
        ("usine-digitale.fr", "07-16 09:00",
         "EDF ouvre deux nouveaux terrains aux datacenters",
         "L'énergéticien lance un appel à manifestation d'intérêt pour accueillir des centres de données sur d'anciens sites de centrales thermiques, à La Maxe (Moselle) et Cordemais (Loire-Atlantique)."),
        ("latribune.fr", "07-16 14:00",
         "Anciennes centrales thermiques : EDF cherche des exploitants de datacenters",
         "Les candidats ont jusqu'à fin octobre pour se positionner sur les deux terrains, déjà raccordés au réseau très haute tension."),
        ("journaldunet.com", "07-17 08:30",
         "Le groupe public se fait agent immobilier pour les serveurs",
         "Foncier, raccordement, électricité : l'électricien propose deux anciennes centrales de Moselle et de Loire-Atlantique, pour 1 GW au total, aux exploitants de centres de données."),
    ]),
    # ---------------------------------------------- undersea cable damaged off Finistère
    ("cable-sous-marin-finistere", "fresh79", [
        ("next.ink", "07-16 10:00",
         "Un câble sous-marin endommagé au large du Finistère",
         "L'ancre d'un navire aurait sectionné mardi un câble de télécommunications reliant la Bretagne à l'Irlande ; le trafic a été basculé sur d'autres routes."),
        ("numerama.com", "07-16 13:30",
         "Câble coupé en mer d'Iroise : la piste de l'accident privilégiée",
         "La Marine nationale a identifié un cargo ayant laissé traîner son ancre au-dessus de la liaison Bretagne-Irlande ; aucune trace de sabotage à ce stade."),
        ("lemondeinformatique.fr", "07-17 09:00",
         "Liaison Bretagne-Irlande : réparation attendue sous dix jours",
         "Le navire câblier a appareillé de Brest ; les opérateurs assurent que les clients n'ont pas subi de coupure."),
    ]),
    # ---------------------------------------------- Next weekly, #29
    ("next-hebdo-29", "fresh79", [
        ("next.ink", "07-18 08:00",
         "Hebdo #29 : EDF et Google, câble coupé et Patch Tuesday",
         "Chaque samedi, notre sélection : le contrat nucléaire de Google, la liaison sous-marine endommagée en mer d'Iroise et les 137 failles corrigées par Microsoft."),
    ]),
    # ---------------------------------------------- Brookfield starts building its Cambrai campus
    ("brookfield-cambrai-premiere-pierre", "fresh79", [
        ("usine-digitale.fr", "07-20 10:00",
         "Brookfield pose la première pierre de son datacenter géant à Cambrai",
         "Le fonds canadien lance les travaux d'un campus de 1 GW sur l'ancienne base aérienne 103, pour une mise en service partielle en 2028."),
        ("latribune.fr", "07-20 14:30",
         "Cambrai : les travaux du campus IA de Brookfield démarrent",
         "La première tranche, de 250 MW, représente 3 milliards d'euros ; le site doit être raccordé à une ligne 400 000 volts."),
        ("lefigaro.fr", "07-21 07:00",
         "Sur l'ancienne base aérienne du Nord, un chantier à plusieurs milliards",
         "Le géant canadien de l'investissement a donné lundi le coup d'envoi de son campus de centres de données, en présence du ministre de l'Industrie."),
    ]),
    # ---------------------------------------------- Arcep validates the copper switch-off calendar
    ("arcep-calendrier-cuivre", "fresh79", [
        ("next.ink", "07-21 10:00",
         "Fin du cuivre : l'Arcep valide le calendrier d'Orange jusqu'en 2030",
         "Le régulateur approuve les prochaines étapes de la fermeture technique : 3 000 communes en 2027, puis l'ensemble du territoire d'ici fin 2030."),
        ("zdnet.fr", "07-21 15:30",
         "Cuivre : le régulateur fixe les dernières vagues de fermeture",
         "La décision de l'Arcep encadre les délais de prévenance et impose à Orange un point d'étape annuel sur la disponibilité de la fibre."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy Z Fold 8
    ("samsung-galaxy-z-fold8", "fresh79", [
        ("frandroid.com", "07-22 16:10",
         "Galaxy Z Fold 8 officiel : plus fin, plus léger et enfin un vrai capteur photo",
         "Samsung présente son pliant haut de gamme, qui perd 20 grammes et adopte le capteur de 200 mégapixels du Galaxy S26 Ultra."),
        ("lesnumeriques.com", "07-22 16:30",
         "Samsung Galaxy Z Fold 8 : prix, date de sortie et fiche technique",
         "Le nouveau smartphone pliant de Samsung sera disponible le 7 août à partir de 2 099 euros."),
        ("01net.com", "07-22 18:00",
         "Le géant coréen dévoile son nouveau pliant à 2 099 euros",
         "Présenté lors de l'Unpacked de New York, le smartphone à écran souple gagne un écran externe plus large et une charnière plus discrète."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy Watch 9 (same keynote)
    ("samsung-galaxy-watch9", "fresh79", [
        ("frandroid.com", "07-22 16:40",
         "Galaxy Watch 9 : Samsung promet enfin trois jours d'autonomie",
         "La nouvelle montre connectée de Samsung gagne une batterie plus grosse, un capteur de température amélioré et des fonctions Gemini au poignet."),
        ("lesnumeriques.com", "07-22 17:15",
         "Galaxy Watch 9 et Watch 9 Classic : les nouvelles montres de Samsung",
         "Prix, tailles et nouveautés santé : tout ce qu'il faut savoir sur les deux montres présentées à l'Unpacked."),
    ]),
    # ---------------------------------------------- simplification law: data centres become PINM
    ("loi-simplification-pinm-datacenters", "fresh79", [
        ("next.ink", "07-23 09:00",
         "Loi de simplification : les datacenters deviennent des projets d'intérêt national majeur",
         "Définitivement adopté mercredi, le texte permet à l'État de qualifier les grands centres de données de PINM, ce qui accélère les procédures d'urbanisme et d'environnement."),
        ("lemondeinformatique.fr", "07-23 11:00",
         "Le Parlement adopte le statut de PINM pour les centres de données",
         "Après un dernier vote du Sénat, la loi de simplification de la vie économique est adoptée ; son article sur les datacenters a été vivement débattu."),
        ("latribune.fr", "07-23 16:30",
         "Datacenters : ce que change la loi de simplification pour les projets",
         "Dérogation aux règles sur l'artificialisation, raccordement prioritaire, délais de recours raccourcis : les effets concrets du texte voté mercredi."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q2 results
    ("stmicro-resultats-t2", "fresh79", [
        ("lesechos.fr", "07-23 06:30",
         "STMicroelectronics : le chiffre d'affaires recule encore au deuxième trimestre",
         "Le fabricant franco-italien de puces publie des revenus de 2,8 milliards de dollars, en baisse de 4 %, et reste prudent sur le marché automobile."),
        ("usine-digitale.fr", "07-23 12:00",
         "Semi-conducteurs : ST prévoit un rebond au second semestre",
         "Le groupe table sur une hausse de ses ventes dès le troisième trimestre, portée par les microcontrôleurs et les centres de données."),
    ]),
    # ---------------------------------------------- STMicroelectronics freezes the Crolles extension (next day)
    ("stmicro-crolles-gel", "fresh79", [
        ("latribune.fr", "07-24 07:00",
         "STMicroelectronics gèle l'extension de son usine de Crolles",
         "Le fabricant de semi-conducteurs suspend le chantier de la nouvelle ligne 300 mm en Isère, faute de visibilité sur la demande et sur les aides publiques."),
        ("lemondeinformatique.fr", "07-24 13:30",
         "Crolles : le projet d'usine de ST mis en pause",
         "Les collectivités de la vallée du Grésivaudan s'inquiètent de l'avenir d'un chantier présenté comme un pilier de la souveraineté européenne dans les puces."),
    ]),
    # ---------------------------------------------- fibre sabotage in the Yvelines (three weeks after the Hérault)
    ("sabotage-fibre-yvelines", "fresh79", [
        ("bfmtv.com", "07-24 10:30",
         "Yvelines : nouvel acte de vandalisme sur le réseau de fibre",
         "Des câbles ont été sectionnés dans la nuit à Mantes-la-Jolie, privant d'Internet environ 20 000 foyers et entreprises."),
        ("01net.com", "07-24 13:00",
         "Fibre coupée à Mantes : les opérateurs réclament des sanctions plus lourdes",
         "Trois semaines après l'Hérault, des câbles de fibre optique ont été tranchés dans les Yvelines ; la Fédération française des télécoms dénonce des actes « inacceptables »."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 30
    ("clubic-bons-plans-s30", "fresh79", [
        ("clubic.com", "07-25 08:00",
         "Les bons plans de la semaine : SSD, box fibre et TV 4K à prix cassés",
         "Chaque samedi, notre sélection des meilleures promotions high-tech repérées cette semaine."),
    ]),
    # ---------------------------------------------- single: short AWS Paris region outage
    ("aws-paris-panne", "fresh79", [
        ("silicon.fr", "07-27 10:00",
         "AWS : brève panne de la région Paris",
         "Des clients d'Amazon Web Services ont subi pendant une quarantaine de minutes des erreurs sur le service de stockage S3 dans la région eu-west-3."),
    ]),
    # ---------------------------------------------- Orange half-year results
    ("orange-resultats-s1", "fresh79", [
        ("lesechos.fr", "07-28 07:10",
         "Orange confirme ses objectifs après un premier semestre solide",
         "L'opérateur affiche un chiffre d'affaires de 20,2 milliards d'euros, en hausse de 1,8 %, porté par l'Afrique et par la fibre en France."),
        ("lemondeinformatique.fr", "07-28 11:00",
         "Orange : chiffre d'affaires en hausse de 1,8 % au premier semestre",
         "L'Ebitdaal progresse de 3 % et le groupe confirme ses prévisions annuelles ; les ventes aux entreprises restent en repli."),
        ("zdnet.fr", "07-28 15:40",
         "L'opérateur historique tient le cap",
         "Croissance en Afrique, fibre en France, entreprises en recul : ce qu'il faut retenir des comptes semestriels publiés ce mardi."),
    ]),
    # ---------------------------------------------- Cdiscount appeals its CNIL fine (a month later)
    ("cdiscount-recours-conseil-etat", "fresh79", [
        ("next.ink", "07-28 09:30",
         "Cdiscount conteste son amende CNIL devant le Conseil d'État",
         "Le site de e-commerce a déposé un recours contre la sanction de 12 millions d'euros prononcée fin juin, qu'il juge disproportionnée."),
        ("lemondeinformatique.fr", "07-28 14:00",
         "Amende de 12 millions : Cdiscount saisit le Conseil d'État",
         "L'e-commerçant bordelais demande l'annulation de la décision de la CNIL sur les cookies, estimant avoir corrigé son bandeau dès le début de la procédure."),
    ]),
    # ---------------------------------------------- single: Bouygues Telecom half-year results (next day)
    ("bouygues-telecom-s1", "fresh79", [
        ("lesechos.fr", "07-29 07:00",
         "Bouygues Telecom gagne des abonnés fibre mais voit sa marge reculer",
         "L'opérateur recrute 180 000 clients FttH au premier semestre ; la guerre des prix sur le mobile pèse sur sa rentabilité."),
    ]),
    # ---------------------------------------------- single: Le Chat gets a deep-research mode
    ("mistral-le-chat-recherche", "fresh79", [
        ("frandroid.com", "07-29 16:00",
         "Le Chat de Mistral AI gagne un mode de recherche approfondie",
         "L'assistant français peut désormais parcourir des dizaines de sources et rédiger un rapport sourcé, une fonction réservée aux abonnés Pro."),
    ]),
    # ---------------------------------------------- Orange sells half of its French data centres to Ardian
    ("orange-cession-datacenters", "fresh79", [
        ("lesechos.fr", "07-30 06:00",
         "Orange cède la moitié de ses datacenters français à un fonds d'infrastructure",
         "L'opérateur valorise à 2,5 milliards d'euros une coentreprise regroupant ses principaux centres de données, dont ceux de Val-de-Reuil et de Chartres."),
        ("lemagit.fr", "07-30 10:30",
         "Orange ouvre le capital de ses datacenters à Ardian",
         "Le fonds français prend 50 % de la nouvelle structure, qui restera exploitée par Orange Business et pourra accueillir des clients tiers."),
        ("bfmtv.com", "07-30 13:00",
         "Ardian met la main sur la moitié des centres de données de l'opérateur historique",
         "Deux jours après ses résultats semestriels, Orange annonce une opération qui doit lui rapporter 1,25 milliard d'euros."),
    ]),
    # ---------------------------------------------- Arcep fines XpFibre
    ("arcep-sanction-xpfibre", "fresh79", [
        ("next.ink", "07-30 09:00",
         "L'Arcep sanctionne XpFibre pour ses retards dans les zones moins denses",
         "Le régulateur inflige 8 millions d'euros d'amende à la filiale fibre d'Altice, qui n'a pas tenu ses engagements de couverture dans quatre départements."),
        ("zdnet.fr", "07-30 14:00",
         "Fibre : 8 millions d'euros d'amende pour XpFibre",
         "Le régulateur des télécoms reproche à l'opérateur d'infrastructures des milliers de logements non raccordables fin 2025 dans les zones AMII."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 31
    ("lemagit-essentiel-s31", "fresh79", [
        ("lemagit.fr", "07-31 17:00",
         "Datacenters et cloud : l'essentiel de la semaine",
         "Orange ouvre le capital de ses datacenters, les résultats des opérateurs et l'amende de XpFibre : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- AI Act: obligations applying from 2 August
    ("ai-act-2-aout", "fresh79", [
        ("numerama.com", "08-01 09:00",
         "AI Act : ce qui change à partir du 2 août",
         "Les obligations pour les systèmes d'IA à haut risque et les règles de transparence sur les contenus générés entrent en application ; ce que cela implique pour les entreprises et les utilisateurs."),
        ("lemondeinformatique.fr", "08-03 10:00",
         "Le règlement européen sur l'IA entre dans sa phase décisive",
         "Depuis dimanche, fournisseurs et utilisateurs de systèmes d'IA à haut risque doivent documenter leurs modèles, tenir des registres et assurer un contrôle humain."),
        ("usine-digitale.fr", "08-03 14:30",
         "Étiquetage des contenus générés, IA à haut risque : l'Europe serre la vis depuis le 2 août",
         "La deuxième grande échéance du règlement européen sur l'intelligence artificielle est tombée ce week-end ; les amendes peuvent atteindre 3 % du chiffre d'affaires mondial."),
    ]),
    # ---------------------------------------------- appeal against Microsoft's Sausheim permit (8 weeks on)
    ("microsoft-sausheim-recours", "fresh79", [
        ("lemagit.fr", "08-04 09:15",
         "Datacenter de Microsoft à Sausheim : Alsace Nature attaque le permis de construire",
         "L'association a déposé un recours devant le tribunal administratif de Strasbourg contre le permis accordé début juillet au campus du géant américain."),
        ("next.ink", "08-04 14:00",
         "Recours contre le campus alsacien de Microsoft",
         "Alsace Nature conteste le permis de construire du datacenter de 300 MW ; elle pointe une étude d'impact lacunaire sur l'eau et sur le raccordement électrique."),
    ]),
    # ---------------------------------------------- single: study on data-centre jobs
    ("etude-emplois-datacenters", "fresh79", [
        ("journaldunet.com", "08-04 08:00",
         "Datacenters : une étude chiffre à 15 000 les emplois créés d'ici 2030",
         "Construction, maintenance, électricité : le syndicat France Datacenter estime les besoins de recrutement de la filière et alerte sur la pénurie de techniciens."),
    ]),
    # ---------------------------------------------- cable to Jersey damaged off the Cotentin (3 weeks on)
    ("cable-sous-marin-jersey", "fresh79", [
        ("next.ink", "08-05 10:20",
         "Nouveau câble sous-marin endommagé, cette fois dans la Manche",
         "Un câble de télécommunications reliant le Cotentin à Jersey a été endommagé dans la nuit, privant l'île anglo-normande d'une partie de ses liaisons Internet."),
        ("bfmtv.com", "08-05 15:00",
         "Jersey partiellement coupée d'Internet après l'avarie d'un câble",
         "L'opérateur de l'île évoque un accident lié à la pêche ; les connexions passent par une liaison de secours via Guernesey en attendant la réparation."),
    ]),
    # ---------------------------------------------- RTE presents the 400 kV line for the Fouju campus
    ("fouju-ligne-rte", "fresh79", [
        ("lesechos.fr", "08-06 06:15",
         "Campus IA de Fouju : RTE dévoile le tracé de sa ligne à 400 000 volts",
         "Le gestionnaire du réseau propose une liaison souterraine de 22 km depuis le poste de Cirolliers pour alimenter le campus de 1,4 GW en Seine-et-Marne."),
        ("lemondeinformatique.fr", "08-06 12:30",
         "Fouju : le raccordement du méga-datacenter coûtera 300 millions d'euros",
         "RTE chiffre la nouvelle ligne très haute tension et prévoit une mise sous tension en 2029, sous réserve de l'issue du débat public en cours."),
    ]),
    # ---------------------------------------------- Conseil constitutionnel rules on the data-centre article
    ("conseil-constitutionnel-datacenters", "fresh79", [
        ("next.ink", "08-07 18:00",
         "Le Conseil constitutionnel valide le régime accéléré des datacenters",
         "Saisis par des députés, les Sages jugent conforme l'article qui permet de qualifier les centres de données de projets d'intérêt national majeur, mais censurent la réduction des délais de recours."),
        ("lemondeinformatique.fr", "08-08 09:00",
         "Datacenters : les Sages censurent en partie la loi de simplification",
         "Les délais de recours raccourcis contre les grands projets sont jugés contraires au droit au recours effectif ; le reste du dispositif est maintenu."),
    ]),
    # ---------------------------------------------- single: August Patch Tuesday
    ("patch-tuesday-aout", "fresh79", [
        ("lemondeinformatique.fr", "08-11 19:15",
         "Patch Tuesday d'août : Microsoft corrige 94 failles",
         "Le lot de correctifs d'août comble 94 vulnérabilités, dont une zero-day dans le composant Windows Kerberos."),
    ]),
    # ---------------------------------------------- Altice sells its remaining XpFibre stake
    ("altice-cession-xpfibre", "fresh79", [
        ("lesechos.fr", "08-12 06:00",
         "Altice cède sa participation restante dans XpFibre",
         "Le groupe de Patrick Drahi vend ses 50,01 % de l'opérateur d'infrastructures fibre pour 3,8 milliards d'euros, afin de réduire sa dette."),
        ("bfmtv.com", "08-12 10:00",
         "Patrick Drahi se déleste de son réseau de fibre",
         "Le propriétaire de SFR trouve un acheteur pour le reste de l'opérateur de réseaux optiques, deux semaines après une sanction du régulateur des télécoms."),
    ]),
    # ---------------------------------------------- heatwave: RTE vigilance, data centres asked to modulate load
    ("rte-canicule-datacenters", "fresh79", [
        ("bfmtv.com", "08-12 11:00",
         "Canicule : RTE place le réseau en vigilance, les datacenters mis à contribution",
         "Le gestionnaire du réseau électrique demande aux gros consommateurs, dont les centres de données, de décaler leurs usages en fin d'après-midi."),
        ("lemondeinformatique.fr", "08-12 15:30",
         "Pic de chaleur : les exploitants de datacenters appelés à moduler leur consommation",
         "Faible production solaire en soirée, climatisation au maximum : RTE active pour la première fois son dispositif d'effacement volontaire auprès des hébergeurs."),
    ]),
    # ---------------------------------------------- single: water-use explainer
    ("explainer-eau-datacenters", "fresh79", [
        ("numerama.com", "08-13 10:00",
         "Pourquoi les datacenters boivent-ils autant d'eau ?",
         "Tours de refroidissement, évaporation, eau recyclée : on vous explique d'où vient la soif des centres de données et comment certains s'en passent."),
    ]),
    # ---------------------------------------------- Next weekly, #33
    ("next-hebdo-33", "fresh79", [
        ("next.ink", "08-15 08:00",
         "Hebdo #33 : canicule, XpFibre et Patch Tuesday",
         "Chaque samedi, notre sélection : le réseau électrique sous tension, la vente de XpFibre et les 94 failles corrigées par Microsoft."),
    ]),
    # ---------------------------------------------- Free launches the Freebox Pop 2
    ("freebox-pop-2-lancement", "fresh79", [
        ("frandroid.com", "08-18 08:00",
         "Free lance la Freebox Pop 2 avec Wi-Fi 7",
         "La nouvelle box d'entrée de gamme de Free promet 8 Gbit/s en fibre et un répéteur Wi-Fi 7 inclus, pour 29,99 euros par mois."),
        ("01net.com", "08-18 10:30",
         "Freebox Pop 2 : prix, débit, TV… tout savoir sur la nouvelle box de Free",
         "L'opérateur de Xavier Niel renouvelle son offre la plus vendue ; les abonnés actuels peuvent migrer sans frais."),
        ("lesnumeriques.com", "08-19 15:00",
         "Test Freebox Pop 2 : la box d'entrée de gamme qui fait presque tout",
         "Nous avons installé la nouvelle box de Free dès sa sortie : débits, couverture Wi-Fi 7 et player TV passés au crible."),
    ]),
    # ---------------------------------------------- Scaleway deploys Blackwell GPUs in DC5
    ("scaleway-gpu-blackwell", "fresh79", [
        ("lemagit.fr", "08-18 09:00",
         "Scaleway déploie 4 000 GPU Blackwell à Saint-Ouen-l'Aumône",
         "La filiale cloud d'Iliad étend son cluster d'IA dans DC5, son datacenter refroidi par évaporation adiabatique, pour répondre à la demande des start-up de l'IA."),
        ("silicon.fr", "08-18 14:00",
         "Cloud IA : Scaleway muscle son offre avec des GPU Nvidia de dernière génération",
         "Les nouvelles instances seront facturées à l'heure et réservables par blocs de 64 cartes à partir de septembre."),
    ]),
    # ---------------------------------------------- Illiers-Combray council rejects a data-centre project
    ("illiers-combray-refus-datacenter", "fresh79", [
        ("lemondeinformatique.fr", "08-19 11:00",
         "Eure-et-Loir : Illiers-Combray rejette un projet de datacenter de 200 MW",
         "Le conseil municipal a voté contre la modification du plan local d'urbanisme nécessaire au campus porté par un promoteur américain, après une pétition de 3 000 habitants."),
        ("next.ink", "08-19 15:30",
         "Chez Proust, un datacenter ne passera pas",
         "Dans la commune qui a inspiré la Recherche, les élus ont refusé mardi soir de changer le PLU réclamé pour un campus de serveurs."),
        ("latribune.fr", "08-20 08:00",
         "Centres de données : l'opposition locale fait dérailler un premier projet",
         "Le refus d'Illiers-Combray, en Eure-et-Loir, illustre la montée des contestations contre les campus géants ; le promoteur dit étudier d'autres terrains."),
    ]),
    # ---------------------------------------------- Scaleway outage two days after the GPU announcement
    ("scaleway-panne-paris", "fresh79", [
        ("next.ink", "08-20 10:30",
         "Panne chez Scaleway : la région Paris perturbée pendant quatre heures",
         "Instances, stockage objet et bases de données managées sont restés inaccessibles mercredi matin pour une partie des clients de l'hébergeur."),
        ("lemagit.fr", "08-20 16:00",
         "Scaleway : une mise à jour réseau à l'origine de l'indisponibilité",
         "La filiale cloud d'Iliad attribue l'incident de la matinée à une configuration défectueuse poussée sur ses équipements de routage."),
    ]),
    # ---------------------------------------------- Clubic weekly deals, week 34
    ("clubic-bons-plans-s34", "fresh79", [
        ("clubic.com", "08-22 08:00",
         "Les bons plans de la semaine : SSD, box fibre et TV 4K à prix cassés",
         "Chaque samedi, notre sélection des meilleures promotions high-tech repérées cette semaine."),
    ]),
    # ---------------------------------------------- Flamanville EPR stopped
    ("flamanville-epr-arret", "fresh79", [
        ("lesechos.fr", "08-24 07:00",
         "L'EPR de Flamanville à l'arrêt pour plusieurs semaines",
         "EDF a mis à l'arrêt son réacteur de nouvelle génération après la détection d'une anomalie sur une soupape du circuit primaire."),
        ("bfmtv.com", "08-24 12:00",
         "Nouveau coup d'arrêt pour le réacteur de la Manche",
         "Le réacteur de troisième génération du Cotentin ne produira plus d'électricité avant fin septembre, a indiqué l'électricien."),
    ]),
    # ---------------------------------------------- Data4 and a small-reactor start-up
    ("data4-atomix-smr", "fresh79", [
        ("lesechos.fr", "08-25 06:00",
         "Data4 mise sur un mini-réacteur nucléaire pour son campus de l'Essonne",
         "L'opérateur de datacenters signe avec la start-up Atomix une lettre d'intention pour installer un petit réacteur modulaire à Nozay d'ici 2033."),
        ("usine-digitale.fr", "08-25 09:00",
         "SMR : Atomix décroche un premier client dans les centres de données",
         "La jeune pousse française fournirait 80 MW d'électricité et de la chaleur au campus de Data4, sous réserve de l'autorisation de l'ASNR."),
    ]),
    # ---------------------------------------------- Freebox Pop 2 update cuts Wi-Fi (a week after launch)
    ("freebox-pop-2-bug-wifi", "fresh79", [
        ("01net.com", "08-25 09:30",
         "Freebox Pop 2 : une mise à jour coupe le Wi-Fi chez certains abonnés",
         "Depuis le firmware déployé ce week-end, des abonnés voient leur réseau sans fil disparaître plusieurs fois par jour ; Free promet un correctif."),
        ("frandroid.com", "08-25 13:00",
         "Free : votre box perd la connexion sans fil ? Vous n'êtes pas seul",
         "Des centaines de messages sur les forums de l'opérateur signalent des coupures du Wi-Fi 7 après la dernière mise à jour de la nouvelle box."),
    ]),
    # ---------------------------------------------- single: Equinix opens PA11
    ("equinix-pa11", "fresh79", [
        ("lemagit.fr", "08-26 09:30",
         "Equinix ouvre PA11 à Saint-Denis",
         "Le nouveau datacenter de 18 MW de l'opérateur américain récupère sa chaleur pour le réseau de chauffage urbain de Plaine Commune."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
