"""The 49th fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh49".
Positives: a quote as title sharing almost no word with the others (hospital back on paper), the claim
by the gang the next day, post-mortems published two days later (Azure, Cloudflare, CB payments),
a title naming only the symptoms (ChatGPT, Discord, Shopify down) for a CDN outage, English-word titles
("Layoffs chez Atos", "Data breach chez Bouygues Telecom", "Outage géant chez Cloudflare"), syndicated
scoops ("selon L'Informé", "selon Les Echos"), periphrasis-only titles ("l'opérateur historique", "le
géant de Redmond", "l'ex-fleuron français de l'informatique", "le groupe dirigé par Aiman Ezzat", "la
firme de Cupertino", "le e-commerçant bordelais"), terse follow-ups ("le service rétabli"), reactions
and confirmations the next day, a strike tally the next day, explainers ("ce qui change", "comment savoir
si vous êtes concerné"), a hands-on at a keynote, an arrest followed by the indictment the next day.
Hard negatives: two hospital ransomware attacks three days apart; a hospital IT outage that is not a
cyberattack, the same week; a private clinic's ransomware in August; the gang publishing a hospital's stolen
data two weeks after the attack; a town hall then a département hit by cyberattacks two days apart; Patch
Tuesday of July, August and September; an out-of-band SharePoint patch one week after Patch Tuesday;
Fortinet's FortiOS flaw then a FortiWeb flaw a month later; an Azure regional outage then a Microsoft 365
outage two days later (beside the Azure post-mortem published that same day) and a Google Cloud regional
outage; two arrests in one week (Europol takedown of a ransomware gang, a 19-year-old behind a sports
federation leak); Bouygues Telecom's leak, then a denied claim of an SFR leak two days later, then the arrest
of the Bouygues suspect three weeks later; two retailers' leaks on consecutive days; SFR's sale accepted then
the antitrust in-depth probe two months later; Orange's national mobile outage then a regional fibre outage a
week later (vague "nouvelle panne"); outages at two bank apps three days apart and a card-payment outage;
Pronote down on the first school day then a DDoS claim a week later; SFR and Bouygues Telecom outages on the
same day with separate causes; IT services firms' half-year results in one week (Capgemini, Sopra Steria, CGI,
Atos); Atos job cuts a week before its results; Capgemini layoffs, then a strike against them, then an
acquisition; Sopra Steria's results then its profit warning; two public contracts to two IT services firms on
consecutive days; Inetum's strike then its acquisition; a CNIL fine then the appeal eight weeks later; iPhone
18 and Apple Watch at one keynote; iOS 27 release then a battery-draining bug a week later; Pixel 11 launch
then a Wi-Fi bug; the NIS 2 law adopted then its decrees in September; two Mistral AI happenings; two cyber
start-ups' rounds on the same day; weekly roundups (Cyberhebdo, Next recap, deals) naming the week's events.
`build` fixes the year 2026; times are UTC, July, August and September 2026.

Held out: measured on bc39dde, part-way through stop 26: precision 0.984, recall 0.818 (0.984 / 0.786
on 2e261f0, the code that landed at stop 25); nothing was written for it. On the code that lands: 0.985 /
0.851.

Tuned on in stop 27: precision 1.000, recall 0.864 on the code that lands (0.985 / 0.851 on 13a24e1, the code
that landed at stop 26).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Inetum: strike over annual pay talks
    ("inetum-strike-nao", "fresh49", [
        ("lemondeinformatique.fr", "07-02 10:15",
         "Inetum : les salariés en grève pour les salaires",
         "À l'appel de l'intersyndicale, des salariés de l'ESN ont débrayé jeudi après l'échec des négociations annuelles obligatoires, la direction ne proposant que 1,2 % d'augmentation."),
        ("next.ink", "07-02 14:30",
         "Grève chez Inetum après des NAO jugées « indécentes »",
         "Rassemblements à Saint-Ouen, Lille et Nantes : les syndicats de l'entreprise de services numériques réclament une hausse générale de 3 %."),
        ("silicon.fr", "07-03 09:00",
         "Inetum : mobilisation inédite contre une enveloppe salariale de 1,2 %",
         "Au lendemain du débrayage, la CFDT et la CGT revendiquent plusieurs centaines de grévistes et demandent la réouverture des négociations."),
    ]),
    # ---------------------------------------------- SNCF Connect down on the first big departures weekend
    ("sncf-connect-outage", "fresh49", [
        ("bfmtv.com", "07-03 16:40",
         "SNCF Connect en panne au premier jour des grands départs",
         "Impossible d'afficher ses billets ou de réserver : l'application de la SNCF a été inaccessible pendant près de deux heures vendredi après-midi."),
        ("01net.com", "07-03 18:05",
         "L'appli SNCF Connect plantée, les voyageurs invités à présenter leur billet PDF",
         "La SNCF évoque un « incident technique » sur ses serveurs et assure que les contrôleurs feront preuve de tolérance."),
    ]),
    # ---------------------------------------------- ransomware, hospital of Montélimar
    ("ransomware-ch-montelimar", "fresh49", [
        ("lemagit.fr", "07-06 08:45",
         "Cyberattaque : le centre hospitalier de Montélimar en mode dégradé",
         "Un rançongiciel a chiffré une partie du système d'information de l'hôpital drômois dans la nuit de dimanche à lundi ; les urgences restent ouvertes."),
        ("numerama.com", "07-06 11:20",
         "Un rançongiciel frappe l'hôpital de Montélimar, des patients réorientés",
         "L'établissement a déclenché son plan blanc et coupé ses connexions vers l'extérieur ; l'ANSSI et le CERT Santé sont mobilisés."),
        ("bfmtv.com", "07-06 13:05",
         "Drôme : l'hôpital de Montélimar victime d'une cyberattaque, des opérations déprogrammées",
         "Le centre hospitalier a porté plainte et déprogrammé les interventions non urgentes après l'attaque informatique survenue dans la nuit."),
        ("zdnet.fr", "07-07 09:30",
         "Montélimar : le groupe Qilin revendique l'attaque contre l'hôpital",
         "Le gang de rançongiciel affirme avoir dérobé 400 Go de données au centre hospitalier drômois et menace de les publier sous dix jours."),
        ("01net.com", "07-07 16:00",
         "« On est revenus au papier et au crayon »",
         "Prescriptions manuscrites, dossiers imprimés, brancardiers coursiers : récit de deux jours dans un hôpital drômois paralysé par des pirates informatiques."),
    ]),
    # ---------------------------------------------- OVHcloud quarterly revenue (single)
    ("ovhcloud-q3-revenue", "fresh49", [
        ("lesechos.fr", "07-07 06:30",
         "OVHcloud accélère au troisième trimestre grâce au cloud public",
         "L'hébergeur roubaisien affiche un chiffre d'affaires trimestriel de 288 millions d'euros, en hausse de 9 %, et confirme ses objectifs annuels."),
    ]),
    # ---------------------------------------------- NIS 2 transposition: resilience law adopted
    ("loi-resilience-adopted", "fresh49", [
        ("lemagit.fr", "07-08 15:20",
         "NIS 2 : le Parlement adopte définitivement le projet de loi résilience",
         "Après un dernier vote au Sénat, la transposition de la directive NIS 2 et des directives REC et DORA est adoptée, avec près de deux ans de retard."),
        ("zdnet.fr", "07-08 17:45",
         "Transposition de NIS 2 : la France se met enfin en règle",
         "Le texte élargit à plus de 15 000 entités les obligations de cybersécurité encadrées par l'ANSSI ; Bruxelles avait engagé une procédure d'infraction."),
        ("silicon.fr", "07-09 08:10",
         "Loi résilience : ce qui change pour les entreprises",
         "Entités essentielles ou importantes, déclaration d'incident sous 24 heures, sanctions : ce que prévoit la loi adoptée mercredi."),
    ]),
    # ---------------------------------------------- CHU de Nantes: IT outage, not a cyberattack
    ("chu-nantes-it-outage", "fresh49", [
        ("bfmtv.com", "07-08 11:30",
         "CHU de Nantes : une panne informatique géante perturbe les consultations",
         "Le dossier patient informatisé est inaccessible depuis mardi soir ; la direction assure qu'il ne s'agit « en aucun cas d'une cyberattaque »."),
        ("lemondeinformatique.fr", "07-08 15:10",
         "Le CHU de Nantes privé de son dossier patient après une défaillance de stockage",
         "Une baie de stockage défectueuse a rendu indisponible le logiciel de dossier médical ; le service a été rétabli en fin d'après-midi."),
    ]),
    # ---------------------------------------------- CNIL fine on Cdiscount
    ("cnil-fine-cdiscount", "fresh49", [
        ("lemondeinformatique.fr", "07-09 09:40",
         "Cookies : la CNIL inflige 20 millions d'euros d'amende à Cdiscount",
         "Le régulateur reproche au site de e-commerce d'avoir déposé des traceurs publicitaires avant tout consentement et rendu le refus plus difficile que l'acceptation."),
        ("numerama.com", "07-09 12:15",
         "Cdiscount écope d'une amende de 20 millions d'euros pour ses cookies",
         "La CNIL sanctionne le distributeur en ligne pour des traceurs déposés sans consentement sur ses pages et dans son application."),
        ("lefigaro.fr", "07-09 16:30",
         "La Cnil sanctionne lourdement le e-commerçant bordelais",
         "Vingt millions d'euros d'amende : la filiale de Casino paie cher une bannière de consentement jugée trompeuse."),
    ]),
    # ---------------------------------------------- ransomware, hospital of Saint-Brieuc (3 days later)
    ("ransomware-ch-saint-brieuc", "fresh49", [
        ("lemagit.fr", "07-09 10:10",
         "Le centre hospitalier de Saint-Brieuc frappé à son tour par un rançongiciel",
         "Trois jours après Montélimar, c'est l'hôpital Yves-Le Foll qui bascule en mode dégradé ; aucune revendication pour l'instant."),
        ("bfmtv.com", "07-09 12:40",
         "Côtes-d'Armor : l'hôpital de Saint-Brieuc visé par une cyberattaque",
         "Les urgences du centre hospitalier briochin fonctionnent sur papier depuis la nuit ; les patients les plus graves sont orientés vers Rennes."),
        ("clubic.com", "07-09 17:15",
         "Encore un hôpital français paralysé par un ransomware, cette fois en Bretagne",
         "Le centre hospitalier de Saint-Brieuc a coupé son réseau après la détection d'un chiffrement de ses serveurs."),
    ]),
    # ---------------------------------------------- SFR sale accepted by Altice
    ("sfr-sale-accepted", "fresh49", [
        ("lesechos.fr", "07-10 06:00",
         "Altice accepte de céder SFR à Bouygues, Iliad et Orange pour 17 milliards d'euros",
         "Patrick Drahi a signé un protocole d'accord avec les trois opérateurs, qui se répartiront les abonnés, les fréquences et le réseau de SFR."),
        ("latribune.fr", "07-10 08:30",
         "SFR : Patrick Drahi dit oui au démantèlement de l'opérateur au carré rouge",
         "Après des mois de négociations, Altice France accepte l'offre commune de ses trois concurrents, selon Les Echos ; le marché repasserait à trois opérateurs."),
        ("lefigaro.fr", "07-10 10:00",
         "Fin d'une époque : SFR va être partagé entre ses trois concurrents",
         "Bouygues Telecom récupérerait l'essentiel des clients entreprises, Free et Orange se partageant les abonnés grand public et les fréquences."),
        ("numerama.com", "07-10 14:00",
         "Vous êtes client SFR ? Ce que le rachat va changer pour vous",
         "Forfait, box, numéro : rien ne bouge dans l'immédiat, mais les abonnés de SFR seront répartis entre Bouygues Telecom, Free et Orange d'ici 2028."),
    ]),
    # ---------------------------------------------- weekly roundup (LeMagIT Cyberhebdo, week 28)
    ("lemagit-cyberhebdo-0710", "fresh49", [
        ("lemagit.fr", "07-10 17:00",
         "Cyberhebdo du 10 juillet : deux hôpitaux à l'arrêt",
         "Montélimar, Saint-Brieuc, mais aussi un assureur belge et un équipementier allemand : notre revue hebdomadaire des cyberattaques rendues publiques."),
    ]),
    # ---------------------------------------------- Patch Tuesday, July
    ("patch-tuesday-july", "fresh49", [
        ("lemondeinformatique.fr", "07-14 19:20",
         "Patch Tuesday de juillet : 137 failles corrigées par Microsoft",
         "Le lot de correctifs de juillet comble 137 vulnérabilités, dont deux zero-day, l'une dans le service SMB de Windows, l'autre dans Hyper-V."),
        ("zdnet.fr", "07-14 21:10",
         "Microsoft colmate deux zero-day dans son Patch Tuesday de juillet",
         "La mise à jour de sécurité mensuelle corrige 137 failles ; deux étaient déjà exploitées ou divulguées publiquement."),
        ("silicon.fr", "07-15 08:30",
         "Patch Tuesday : Hyper-V et SMB au cœur des correctifs de juillet",
         "Microsoft a publié mardi soir ses correctifs mensuels : 137 vulnérabilités dont 14 critiques, à appliquer en priorité sur les serveurs."),
    ]),
    # ---------------------------------------------- Fortinet FortiOS SSL VPN flaw (July)
    ("fortinet-fortios-july", "fresh49", [
        ("lemagit.fr", "07-15 09:50",
         "Fortinet corrige une faille critique dans le VPN SSL de FortiOS",
         "La vulnérabilité, notée 9,8, permet à un attaquant non authentifié d'exécuter du code sur les pare-feu FortiGate exposant leur portail VPN."),
        ("zdnet.fr", "07-15 13:25",
         "FortiOS : une vulnérabilité critique permet de prendre le contrôle des pare-feu",
         "Fortinet publie des correctifs pour les branches 7.2, 7.4 et 7.6 de son système et recommande de désactiver le VPN SSL à défaut de mise à jour."),
        ("silicon.fr", "07-16 08:40",
         "Pare-feu Fortinet : appliquez sans attendre le correctif de la CVE-2026-24817",
         "Le CERT-FR a émis une alerte sur la faille du VPN SSL de FortiOS corrigée mardi, dont l'exploitation est jugée imminente."),
    ]),
    # ---------------------------------------------- Inetum buys a Portuguese SAP integrator
    ("inetum-acquires-clarivista", "fresh49", [
        ("lemondeinformatique.fr", "07-16 10:00",
         "Inetum s'offre le portugais Clarivista pour renforcer son offre SAP",
         "L'ESN met la main sur un intégrateur lisboète de 450 consultants, spécialiste des migrations vers S/4HANA."),
        ("lesechos.fr", "07-16 12:30",
         "L'ESN française Inetum poursuit ses emplettes au Portugal",
         "Deux semaines après une grève sur les salaires, le groupe détenu par Bain Capital annonce le rachat de Clarivista, pour un montant non divulgué."),
    ]),
    # ---------------------------------------------- Mistral AI new model
    ("mistral-medium-4", "fresh49", [
        ("usine-digitale.fr", "07-16 09:00",
         "Mistral AI lance Mistral Medium 4, son modèle multimodal pour les entreprises",
         "Le nouveau modèle de la start-up parisienne revendique des performances proches des meilleurs modèles américains pour un coût d'inférence huit fois moindre."),
        ("numerama.com", "07-16 14:20",
         "Mistral Medium 4 : la pépite française de l'IA muscle Le Chat",
         "Le modèle, disponible dès aujourd'hui dans Le Chat et via l'API, lit les images et les longs documents jusqu'à 256 000 jetons."),
    ]),
    # ---------------------------------------------- Cultura data leak
    ("cultura-data-leak", "fresh49", [
        ("zdnet.fr", "07-16 11:00",
         "Cultura prévient ses clients d'une fuite de données",
         "L'enseigne de produits culturels informe par courriel les titulaires de sa carte de fidélité du vol de leurs noms, adresses et numéros de téléphone."),
        ("clubic.com", "07-16 15:40",
         "Fuite de données chez Cultura : 1,5 million de clients concernés",
         "Le distributeur explique qu'un accès frauduleux à son outil de gestion de la relation client a permis d'exfiltrer la base de son programme de fidélité."),
    ]),
    # ---------------------------------------------- Intersport data leak (next day)
    ("intersport-data-leak", "fresh49", [
        ("01net.com", "07-17 09:15",
         "Intersport victime d'une fuite de données clients",
         "L'enseigne de sport confirme qu'un pirate a mis en vente des informations de clients de sa boutique en ligne, sans coordonnées bancaires."),
        ("numerama.com", "07-17 12:00",
         "Après Cultura, c'est Intersport qui voit les données de ses clients dérobées",
         "Un pirate revendique sur un forum le vol de 800 000 comptes du site d'Intersport France ; l'enseigne a porté plainte et notifié la CNIL."),
    ]),
    # ---------------------------------------------- weekly roundup (LeMagIT Cyberhebdo, week 29)
    ("lemagit-cyberhebdo-0717", "fresh49", [
        ("lemagit.fr", "07-17 17:00",
         "Cyberhebdo du 17 juillet : Fortinet, Cultura et Intersport",
         "Une faille critique dans les pare-feu Fortinet, deux enseignes victimes de fuites de données : notre revue hebdomadaire des cyberattaques rendues publiques."),
    ]),
    # ---------------------------------------------- hospital of Montélimar: gang publishes stolen data (2 weeks later)
    ("ch-montelimar-data-published", "fresh49", [
        ("lemagit.fr", "07-21 08:30",
         "Hôpital de Montélimar : Qilin met en ligne des données de patients",
         "Faute de rançon, le gang a publié sur son site vitrine une première archive de documents internes et de comptes rendus médicaux."),
        ("numerama.com", "07-21 13:10",
         "Les pirates publient les données volées à l'hôpital de Montélimar",
         "Comptes rendus d'examens, pièces d'identité, fiches de paie : l'archive mise en ligne lundi soir contient des données sensibles de patients et d'agents."),
    ]),
    # ---------------------------------------------- Microsoft out-of-band SharePoint patch
    ("sharepoint-out-of-band", "fresh49", [
        ("lemagit.fr", "07-21 10:40",
         "SharePoint : Microsoft publie un correctif d'urgence pour une faille exploitée",
         "Une semaine après son Patch Tuesday, l'éditeur diffuse hors calendrier un correctif pour SharePoint Server, visé par des attaques ciblées."),
        ("lemondeinformatique.fr", "07-21 16:05",
         "Correctif hors bande pour SharePoint Server, déjà ciblé par des attaquants",
         "La vulnérabilité de désérialisation permet de prendre le contrôle des serveurs SharePoint installés sur site ; SharePoint Online n'est pas concerné."),
        ("zdnet.fr", "07-22 08:20",
         "Le CERT-FR alerte sur une faille critique de SharePoint on-premise",
         "L'agence recommande d'appliquer sans délai le correctif publié lundi par Microsoft et de rechercher des traces de compromission."),
    ]),
    # ---------------------------------------------- Atos job cuts (scoop by L'Informé)
    ("atos-job-cuts", "fresh49", [
        ("linforme.com", "07-22 06:30",
         "Atos prépare la suppression de 1 100 postes en France",
         "Selon nos informations, la direction de l'ancien champion de l'informatique doit présenter aux syndicats un nouveau plan de départs visant ses activités d'infogérance."),
        ("lemondeinformatique.fr", "07-22 11:00",
         "Atos : un nouveau plan de 1 100 suppressions de postes, selon L'Informé",
         "Le groupe réduirait encore ses effectifs français, principalement dans l'infogérance et les fonctions support."),
        ("silicon.fr", "07-22 14:00",
         "Layoffs chez Atos : les syndicats dénoncent « un plan de trop »",
         "Un millier de postes menacés en France : les représentants du personnel d'Atos réclament un comité social et économique extraordinaire."),
        ("lesechos.fr", "07-23 07:00",
         "Atos confirme vouloir réduire ses effectifs français d'environ 1 100 postes",
         "Au lendemain des révélations de L'Informé, la direction a confirmé le projet lors d'un CSE, évoquant des départs volontaires en priorité."),
    ]),
    # ---------------------------------------------- Azure West Europe outage (+ post-mortem)
    ("azure-outage-west-europe", "fresh49", [
        ("lemagit.fr", "07-22 10:30",
         "Azure : panne majeure dans la région Europe de l'Ouest",
         "Machines virtuelles, bases SQL et stockage : de nombreux services du cloud de Microsoft hébergés aux Pays-Bas sont indisponibles depuis le début de la matinée."),
        ("silicon.fr", "07-22 12:15",
         "Panne Azure : des services cloud indisponibles pendant quatre heures",
         "La région West Europe de Microsoft Azure a subi une coupure de près de quatre heures ; des clients français rapportent des applications métier à l'arrêt."),
        ("lemondeinformatique.fr", "07-22 16:40",
         "Le cloud de Microsoft trébuche en Europe, une erreur de configuration réseau en cause",
         "Le géant de Redmond attribue l'interruption de sa région néerlandaise à une modification de configuration sur ses équipements de réseau."),
        ("lemagit.fr", "07-24 09:00",
         "Panne d'Azure du 22 juillet : Microsoft publie son post-mortem",
         "Un changement de configuration déployé trop largement a saturé les passerelles réseau de la région ; Microsoft promet des déploiements plus progressifs."),
    ]),
    # ---------------------------------------------- Samsung Unpacked (single)
    ("samsung-fold-8", "fresh49", [
        ("frandroid.com", "07-22 16:00",
         "Galaxy Z Fold 8 officiel : Samsung affine encore son pliant",
         "Plus fin, plus léger et doté d'un écran externe plus large, le nouveau smartphone pliant de Samsung sera disponible le 7 août à partir de 2 099 euros."),
    ]),
    # ---------------------------------------------- Europol takedown of the Akira ransomware gang
    ("europol-akira-takedown", "fresh49", [
        ("lemagit.fr", "07-23 09:00",
         "Akira : Europol et le parquet de Paris démantèlent le rançongiciel",
         "Serveurs saisis, site vitrine remplacé par une bannière des forces de l'ordre : l'infrastructure du gang Akira a été démantelée lors d'une opération internationale."),
        ("numerama.com", "07-23 12:00",
         "Coup de filet contre le gang Akira : deux suspects arrêtés en Ukraine",
         "L'opération, coordonnée par Europol et menée avec la section cyber du parquet de Paris, a visé l'un des rançongiciels les plus actifs contre les entreprises françaises."),
        ("bfmtv.com", "07-23 15:30",
         "Rançongiciel : deux hackers interpellés dans une opération internationale pilotée depuis Paris",
         "Les enquêteurs français ont joué un rôle central dans le démantèlement d'un groupe responsable de centaines d'attaques, dont plusieurs contre des PME françaises."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q2 results
    ("stmicro-q2-results", "fresh49", [
        ("lesechos.fr", "07-23 06:45",
         "STMicroelectronics renoue avec la croissance au deuxième trimestre",
         "Le fabricant franco-italien de puces publie un chiffre d'affaires de 2,9 milliards de dollars, en hausse de 6 % sur un an, porté par l'industrie."),
        ("usine-digitale.fr", "07-23 10:30",
         "STMicro voit le bout du tunnel dans l'automobile",
         "Le groupe de semi-conducteurs table sur un troisième trimestre en progression et maintient son plan de réorganisation de ses usines."),
    ]),
    # ---------------------------------------------- arrest of a 19-year-old over a sports federation leak
    ("arrest-ffn-hacker", "fresh49", [
        ("numerama.com", "07-24 10:20",
         "Un étudiant de 19 ans arrêté pour le piratage de la Fédération française de natation",
         "Le jeune homme, interpellé à Villeurbanne, est soupçonné d'avoir dérobé et revendu les données de 300 000 licenciés au printemps."),
        ("01net.com", "07-24 14:10",
         "Fuite de données de la FFN : un suspect interpellé près de Lyon",
         "La brigade de lutte contre la cybercriminalité a placé en garde à vue un étudiant soupçonné d'être derrière la fuite des licenciés de la natation."),
    ]),
    # ---------------------------------------------- Microsoft 365 outage (2 days after Azure)
    ("m365-outlook-outage", "fresh49", [
        ("01net.com", "07-24 08:50",
         "Outlook et Teams en panne : Microsoft 365 inaccessible pour de nombreux utilisateurs",
         "Depuis 8 heures, impossible d'envoyer des courriels ou de rejoindre une réunion Teams pour de nombreux utilisateurs en Europe."),
        ("clubic.com", "07-24 10:05",
         "Nouvelle panne chez Microsoft : Outlook ne répond plus",
         "Deux jours à peine après des déboires dans le cloud, Microsoft doit à nouveau gérer un incident, qui touche cette fois sa messagerie."),
        ("bfmtv.com", "07-24 11:20",
         "Panne géante de Microsoft : Teams et Outlook touchés en France",
         "Microsoft évoque un problème d'authentification sur Microsoft 365 et annonce un retour progressif à la normale en fin de matinée."),
    ]),
    # ---------------------------------------------- weekly recap (Next, week 30)
    ("next-recap-0725", "fresh49", [
        ("next.ink", "07-25 08:00",
         "Récap' de la semaine : Azure tombe, Akira aussi",
         "Chaque samedi, l'essentiel de notre semaine : la panne d'Azure, le démantèlement d'Akira, les suppressions de postes chez Atos et la faille SharePoint."),
    ]),
    # ---------------------------------------------- Citrix NetScaler flaw (single)
    ("citrix-netscaler-flaw", "fresh49", [
        ("lemagit.fr", "07-27 09:30",
         "NetScaler : Citrix corrige une fuite de mémoire qui rappelle CitrixBleed",
         "La vulnérabilité permet de lire des jetons de session sur les passerelles NetScaler ADC et Gateway ; Citrix recommande de fermer toutes les sessions après mise à jour."),
    ]),
    # ---------------------------------------------- Capgemini H1 results
    ("capgemini-h1-results", "fresh49", [
        ("lesechos.fr", "07-28 06:45",
         "Capgemini résiste mieux que prévu au premier semestre",
         "Le numéro un français des services informatiques publie un chiffre d'affaires de 11,4 milliards d'euros, en léger recul, et maintient ses objectifs annuels."),
        ("lemondeinformatique.fr", "07-28 10:20",
         "Capgemini : un chiffre d'affaires semestriel de 11,4 Md€, en recul de 1,2 %",
         "La marge opérationnelle de l'ESN reste stable à 12,4 % ; l'Amérique du Nord redevient positive tandis que la France recule."),
        ("latribune.fr", "07-28 12:00",
         "L'IA générative soutient les prises de commandes de Capgemini",
         "Les projets d'IA représentent désormais 9 % des commandes du groupe, qui enregistre 12,1 milliards d'euros de prises de commandes sur six mois."),
        ("silicon.fr", "07-28 15:00",
         "Services IT : le groupe dirigé par Aiman Ezzat garde le cap malgré un marché atone",
         "Chiffre d'affaires semestriel en léger repli, marge stable, objectifs confirmés : l'ESN parisienne fait mieux que ses concurrents européens."),
    ]),
    # ---------------------------------------------- Sopra Steria H1 results
    ("sopra-steria-h1-results", "fresh49", [
        ("lesechos.fr", "07-29 06:40",
         "Sopra Steria voit sa marge progresser malgré un marché atone",
         "L'ESN affiche une marge opérationnelle d'activité de 9,6 % au premier semestre, pour un chiffre d'affaires stable de 2,9 milliards d'euros."),
        ("lemondeinformatique.fr", "07-29 11:15",
         "Sopra Steria : chiffre d'affaires semestriel stable à 2,9 Md€",
         "La croissance organique est nulle au premier semestre ; le Royaume-Uni et le secteur défense compensent le recul de la France."),
    ]),
    # ---------------------------------------------- CGI fiscal Q3 results (single)
    ("cgi-q3-results", "fresh49", [
        ("lemondeinformatique.fr", "07-29 15:30",
         "CGI : des revenus trimestriels en hausse de 4,8 %",
         "Le groupe canadien de services informatiques publie pour son troisième trimestre fiscal des revenus de 4,1 milliards de dollars canadiens, portés par les acquisitions."),
    ]),
    # ---------------------------------------------- Orange H1 results (single)
    ("orange-h1-results", "fresh49", [
        ("lesechos.fr", "07-29 07:10",
         "Orange confirme ses objectifs après un semestre solide en Afrique",
         "L'opérateur publie un chiffre d'affaires de 20,1 milliards d'euros au premier semestre ; la France reste stable, l'Afrique progresse de 9 %."),
    ]),
    # ---------------------------------------------- Atos H1 results
    ("atos-h1-results", "fresh49", [
        ("lesechos.fr", "07-30 06:50",
         "Atos : la perte se réduit, mais le chiffre d'affaires continue de fondre",
         "Le groupe de services informatiques affiche une perte nette de 180 millions d'euros au premier semestre et un chiffre d'affaires en baisse de 8 %."),
        ("lemondeinformatique.fr", "07-30 10:40",
         "Atos publie un chiffre d'affaires semestriel de 3,9 Md€, en baisse de 8 %",
         "La marge opérationnelle remonte à 4,1 % ; la direction maintient son objectif d'un flux de trésorerie positif en 2027."),
        ("latribune.fr", "07-30 13:20",
         "L'ex-fleuron français de l'informatique n'a pas encore touché le fond",
         "Activité en recul, perte réduite : un an après sa restructuration financière, le groupe dirigé par Philippe Salle peine à stabiliser ses revenus."),
    ]),
    # ---------------------------------------------- Cloudflare global outage (+ post-mortem)
    ("cloudflare-outage", "fresh49", [
        ("01net.com", "07-30 14:20",
         "Cloudflare en panne : une partie du Web inaccessible",
         "Depuis 14 heures, de nombreux sites protégés par Cloudflare affichent une erreur ; le prestataire confirme un incident sur son réseau mondial."),
        ("numerama.com", "07-30 14:50",
         "ChatGPT, Discord, Shopify… pourquoi tant de sites affichent une erreur 500 cet après-midi",
         "Le coupable est le même pour tous : Cloudflare, le réseau de diffusion de contenus qui sert une bonne partie du trafic mondial, est en difficulté."),
        ("frandroid.com", "07-30 15:30",
         "Outage géant chez Cloudflare : les sites reviennent progressivement",
         "Après plus d'une heure de perturbations, le fournisseur de CDN annonce avoir déployé un correctif et voit le trafic revenir à la normale."),
        ("next.ink", "07-31 09:00",
         "Cloudflare explique sa panne par un fichier de configuration trop volumineux",
         "Dans un billet détaillé, l'entreprise revient sur l'incident de jeudi : un fichier de règles de son pare-feu applicatif a dépassé la taille prévue et fait planter ses serveurs."),
    ]),
    # ---------------------------------------------- deals post (week 31)
    ("frandroid-deals-0731", "fresh49", [
        ("frandroid.com", "07-31 10:00",
         "Les meilleures offres tech de la semaine : smartphones, TV OLED et aspirateurs",
         "Comme chaque vendredi, notre sélection des bons plans : le Pixel 10 à prix cassé, une TV OLED LG à moins de 900 euros et un aspirateur robot Roborock."),
    ]),
    # ---------------------------------------------- Lunel town hall cyberattack
    ("mairie-lunel-cyberattack", "fresh49", [
        ("lemagit.fr", "08-03 09:15",
         "Lunel : la mairie paralysée par une cyberattaque",
         "La commune de l'Hérault a dû couper l'ensemble de son informatique ce week-end ; état civil et paiement de la cantine sont suspendus."),
        ("bfmtv.com", "08-03 12:30",
         "Hérault : les services de la ville de Lunel à l'arrêt après une attaque informatique",
         "Le maire a porté plainte et annonce une reprise progressive des services en mode dégradé d'ici plusieurs semaines."),
    ]),
    # ---------------------------------------------- Bouygues Telecom data leak
    ("bouygues-telecom-data-leak", "fresh49", [
        ("zdnet.fr", "08-04 10:00",
         "Bouygues Telecom confirme une fuite de données touchant 2,1 millions de clients",
         "L'opérateur indique qu'un tiers a eu accès à des noms, adresses, numéros de téléphone et IBAN ; les mots de passe ne sont pas concernés."),
        ("numerama.com", "08-04 12:30",
         "Data breach chez Bouygues Telecom : IBAN et adresses dans la nature",
         "Deux millions d'abonnés reçoivent un courriel d'avertissement ; attention aux faux conseillers qui vont exploiter ces données."),
        ("01net.com", "08-04 15:00",
         "Fuite de données Bouygues Telecom : comment savoir si vous êtes concerné",
         "Courriel, espace client, risques de prélèvements frauduleux : nos conseils après la fuite annoncée par l'opérateur."),
        ("lemagit.fr", "08-05 08:40",
         "Bouygues Telecom : l'attaquant serait passé par un compte d'un centre d'appels",
         "Selon nos informations, les identifiants d'un conseiller d'un prestataire ont permis d'extraire la base clients de l'opérateur pendant plusieurs jours."),
    ]),
    # ---------------------------------------------- Lot-et-Garonne département ransomware (2 days after Lunel)
    ("lot-et-garonne-ransomware", "fresh49", [
        ("lemagit.fr", "08-05 10:20",
         "Le conseil départemental de Lot-et-Garonne victime d'un rançongiciel",
         "La collectivité a isolé son système d'information mercredi matin après le chiffrement de plusieurs serveurs ; le versement du RSA pourrait être retardé."),
        ("zdnet.fr", "08-05 14:45",
         "Cyberattaque : le Lot-et-Garonne coupe son système d'information",
         "Le département appelle les usagers à la patience et évoque un retour à la normale qui prendra plusieurs semaines."),
        ("lefigaro.fr", "08-06 07:30",
         "Après Lunel, un département ciblé à son tour par des cybercriminels",
         "Le conseil départemental de Lot-et-Garonne, frappé par un rançongiciel, rejoint la longue liste des collectivités attaquées cet été."),
    ]),
    # ---------------------------------------------- a claimed SFR leak, denied by the operator
    ("sfr-leak-claim-denied", "fresh49", [
        ("clubic.com", "08-06 11:10",
         "Un pirate prétend détenir les données de 8 millions d'abonnés SFR, l'opérateur dément",
         "Deux jours après l'annonce de Bouygues Telecom, un fichier présenté comme une base SFR circule sur un forum ; l'opérateur conteste toute nouvelle intrusion."),
        ("next.ink", "08-06 16:25",
         "SFR dément toute nouvelle fuite, le fichier mis en vente serait un recyclage",
         "Selon nos vérifications, les données proposées correspondent à des fuites de 2024 déjà connues, compilées et remises en vente."),
    ]),
    # ---------------------------------------------- weekly roundup (LeMagIT Cyberhebdo, week 32)
    ("lemagit-cyberhebdo-0807", "fresh49", [
        ("lemagit.fr", "08-07 17:00",
         "Cyberhebdo du 7 août : les collectivités dans le viseur",
         "Lunel, le Lot-et-Garonne, Bouygues Telecom : notre revue hebdomadaire des cyberattaques rendues publiques."),
    ]),
    # ---------------------------------------------- deals post (week 32)
    ("frandroid-deals-0807", "fresh49", [
        ("frandroid.com", "08-07 10:00",
         "Les meilleures offres tech de la semaine : écouteurs, PC portables et forfaits",
         "Comme chaque vendredi, notre sélection des bons plans : des AirPods Pro à prix réduit, un PC portable gamer et un forfait 200 Go à moins de 10 euros."),
    ]),
    # ---------------------------------------------- Patch Tuesday, August
    ("patch-tuesday-august", "fresh49", [
        ("lemondeinformatique.fr", "08-11 19:00",
         "Patch Tuesday d'août : Microsoft corrige 92 vulnérabilités",
         "Le lot de correctifs mensuel comble 92 failles, dont une zero-day dans l'implémentation de Kerberos de Windows Server."),
        ("zdnet.fr", "08-11 20:30",
         "Une zero-day Kerberos corrigée ce mois-ci par Microsoft",
         "La mise à jour de sécurité d'août colmate 92 vulnérabilités ; la faille Kerberos permet une élévation de privilèges sur les contrôleurs de domaine."),
    ]),
    # ---------------------------------------------- Fortinet FortiWeb flaw (a month after FortiOS)
    ("fortinet-fortiweb-august", "fresh49", [
        ("lemagit.fr", "08-12 09:40",
         "Fortinet : nouvelle faille critique, cette fois dans FortiWeb",
         "Un mois après le VPN SSL de FortiOS, c'est le pare-feu applicatif de Fortinet qui est exposé à une injection de commandes sans authentification."),
        ("lemondeinformatique.fr", "08-13 10:15",
         "Le pare-feu applicatif FortiWeb exposé à une injection de commandes",
         "Fortinet publie des correctifs pour les versions 7.4 et 7.6 de FortiWeb ; une preuve de concept circule déjà."),
    ]),
    # ---------------------------------------------- Orange national mobile outage
    ("orange-mobile-outage", "fresh49", [
        ("bfmtv.com", "08-18 09:10",
         "Panne Orange : impossible de passer des appels dans toute la France",
         "Depuis 7 heures ce mardi, les clients mobiles d'Orange ne peuvent plus téléphoner ni envoyer de SMS ; l'opérateur dit travailler au rétablissement."),
        ("frandroid.com", "08-18 10:00",
         "Orange en panne : le réseau mobile est KO, voici ce que l'on sait",
         "Appels, SMS et données mobiles sont perturbés sur l'ensemble du territoire ; la 4G fonctionne par intermittence."),
        ("01net.com", "08-18 11:30",
         "Le réseau mobile de l'opérateur historique à l'arrêt, les numéros d'urgence perturbés",
         "Les appels vers le 15, le 17 et le 18 sont difficiles à joindre depuis un mobile ; le ministère de l'Intérieur invite à utiliser un autre réseau."),
        ("lesnumeriques.com", "08-18 17:00",
         "Panne Orange : le service rétabli",
         "Après dix heures de perturbations, les appels et les SMS fonctionnent de nouveau pour les abonnés mobiles d'Orange."),
        ("lefigaro.fr", "08-19 07:30",
         "Panne d'Orange : le gouvernement convoque l'opérateur, une mise à jour logicielle en cause",
         "Au lendemain de la coupure géante, la ministre du Numérique réclame des explications ; Orange évoque une mise à jour défaillante de son cœur de réseau."),
    ]),
    # ---------------------------------------------- Google Pixel 11 launch
    ("pixel-11-launch", "fresh49", [
        ("frandroid.com", "08-20 18:30",
         "Pixel 11 et Pixel 11 Pro officiels : Google mise tout sur Gemini",
         "Nouvelle puce Tensor G6 gravée par TSMC, zoom 5x et fonctions d'IA embarquées : les nouveaux smartphones de Google arrivent le 27 août."),
        ("lesnumeriques.com", "08-20 19:15",
         "Prise en main du Pixel 11 Pro : la même recette, en plus rapide",
         "Nous avons pu manipuler le nouveau haut de gamme de Google quelques heures : design inchangé, écran plus lumineux et autonomie en hausse."),
    ]),
    # ---------------------------------------------- Sopra Steria wins an army HR contract
    ("sopra-steria-armees-contract", "fresh49", [
        ("lemondeinformatique.fr", "08-25 10:00",
         "Sopra Steria décroche un contrat de 200 M€ auprès du ministère des Armées",
         "L'ESN est retenue pour refondre le système d'information des ressources humaines des armées sur huit ans."),
        ("latribune.fr", "08-25 13:40",
         "Le ministère des Armées confie la refonte de ses RH à Sopra Steria",
         "Dix ans après le fiasco Louvois, l'ESN toulousaine hérite d'un contrat sensible, évalué à 200 millions d'euros."),
    ]),
    # ---------------------------------------------- Orange regional fibre outage (a week later)
    ("orange-fibre-outage-bretagne", "fresh49", [
        ("clubic.com", "08-26 09:30",
         "Orange : nouvelle panne, des abonnés fibre privés d'Internet",
         "Une semaine après la coupure du réseau mobile, de nombreux clients de l'opérateur signalent depuis la nuit une panne de leur connexion fixe."),
        ("bfmtv.com", "08-26 12:10",
         "Bretagne : des milliers de clients Orange sans Internet après un câble sectionné",
         "Des travaux sur une route départementale du Finistère ont endommagé un câble de collecte, privant d'Internet 40 000 foyers."),
    ]),
    # ---------------------------------------------- CGI wins a DGFiP contract (next day)
    ("cgi-dgfip-contract", "fresh49", [
        ("lemondeinformatique.fr", "08-26 10:30",
         "CGI remporte le marché de maintenance applicative de la DGFiP",
         "Le groupe canadien assurera la maintenance de plusieurs applications fiscales de Bercy, dont celles de la taxe foncière."),
        ("silicon.fr", "08-27 08:50",
         "DGFiP : CGI rafle un contrat de 150 M€ sur quatre ans",
         "L'administration fiscale confie à l'ESN la tierce maintenance applicative d'une trentaine de logiciels métier."),
    ]),
    # ---------------------------------------------- Bouygues Telecom leak: suspect arrested (3 weeks later)
    ("bouygues-leak-arrest", "fresh49", [
        ("bfmtv.com", "08-27 10:45",
         "Fuite de données chez Bouygues Telecom : un suspect de 22 ans interpellé dans l'Essonne",
         "Le jeune homme est soupçonné d'avoir exfiltré puis revendu les données de deux millions de clients de l'opérateur début août."),
        ("numerama.com", "08-27 14:20",
         "Piratage de Bouygues Telecom : la police met la main sur un suspect",
         "Les enquêteurs de l'Office anti-cybercriminalité ont remonté la piste grâce aux portefeuilles de cryptomonnaies utilisés pour la revente."),
        ("zdnet.fr", "08-28 09:10",
         "Bouygues Telecom : le pirate présumé mis en examen",
         "À l'issue de sa garde à vue, le suspect interpellé mercredi a été mis en examen pour accès frauduleux et extraction de données, et placé en détention provisoire."),
    ]),
    # ---------------------------------------------- Crédit Agricole app outage
    ("credit-agricole-app-outage", "fresh49", [
        ("bfmtv.com", "08-31 09:20",
         "Panne de l'application Crédit Agricole : des clients privés d'accès à leurs comptes",
         "Depuis ce lundi matin, jour de versement des salaires, l'application Ma Banque affiche un message d'erreur pour de nombreux clients."),
        ("01net.com", "08-31 12:00",
         "Ma Banque en rade : le Crédit Agricole confirme un incident technique",
         "La banque verte assure que les paiements par carte ne sont pas affectés et annonce un retour à la normale dans l'après-midi."),
    ]),
    # ---------------------------------------------- Pronote down on the first school day
    ("pronote-outage-rentree", "fresh49", [
        ("bfmtv.com", "09-01 08:30",
         "Rentrée : Pronote en panne, parents et enseignants privés d'emploi du temps",
         "Le logiciel de vie scolaire utilisé par la plupart des collèges et lycées est inaccessible depuis 7 heures, le matin de la rentrée."),
        ("01net.com", "09-01 10:00",
         "Pronote inaccessible le jour de la rentrée : Index Éducation s'explique",
         "L'éditeur évoque un afflux de connexions « sans précédent » et des serveurs saturés ; aucune attaque n'est en cause."),
        ("numerama.com", "09-01 11:45",
         "Le logiciel que tous les parents connaissent a craqué le matin de la rentrée",
         "Emplois du temps, cahiers de texte, messagerie : des millions d'élèves et de familles n'ont pas pu se connecter au service d'Index Éducation."),
    ]),
    # ---------------------------------------------- Heppner ransomware
    ("heppner-ransomware", "fresh49", [
        ("lemagit.fr", "09-02 09:00",
         "Le transporteur Heppner touché par un rançongiciel",
         "Le groupe alsacien de transport et de logistique a coupé ses systèmes après une intrusion ; ses agences fonctionnent en mode dégradé."),
        ("usine-digitale.fr", "09-02 14:30",
         "Cyberattaque : les livraisons du groupe Heppner perturbées",
         "Des industriels clients signalent des retards de livraison après l'attaque informatique subie par le transporteur."),
        ("lesechos.fr", "09-03 07:15",
         "Heppner, le transporteur strasbourgeois, tourne au ralenti après une attaque informatique",
         "Trois jours après l'intrusion, les 90 agences du groupe reprennent progressivement les enlèvements de marchandises, avec des bordereaux papier."),
    ]),
    # ---------------------------------------------- Pixel 11: Wi-Fi bug after the September update
    ("pixel-11-wifi-bug", "fresh49", [
        ("frandroid.com", "09-02 17:40",
         "Votre Pixel 11 coupe le Wi-Fi ? La mise à jour de septembre en cause",
         "Depuis l'installation du correctif mensuel, de nombreux propriétaires du dernier smartphone de Google voient leur connexion sans fil se couper toutes les quelques minutes."),
        ("01net.com", "09-03 09:30",
         "Google reconnaît un bug de connexion sur ses nouveaux Pixel",
         "Le constructeur confirme enquêter sur les déconnexions Wi-Fi signalées par des utilisateurs de Pixel 11 et promet un correctif."),
    ]),
    # ---------------------------------------------- Cdiscount appeals its CNIL fine (8 weeks later)
    ("cdiscount-appeal", "fresh49", [
        ("next.ink", "09-03 08:30",
         "Cdiscount conteste son amende CNIL devant le Conseil d'État",
         "Le site de e-commerce a déposé un recours contre la sanction de 20 millions d'euros prononcée en juillet pour ses cookies, qu'il juge disproportionnée."),
        ("lemondeinformatique.fr", "09-03 11:50",
         "Amende de 20 M€ : Cdiscount saisit le Conseil d'État",
         "Le distributeur demande l'annulation de la délibération de la CNIL et la suspension de la publicité de la sanction."),
    ]),
    # ---------------------------------------------- BoursoBank outage (3 days after Crédit Agricole)
    ("boursobank-outage", "fresh49", [
        ("clubic.com", "09-03 13:00",
         "BoursoBank : l'application et le site inaccessibles pendant plusieurs heures",
         "Les clients de la banque en ligne n'ont pas pu consulter leurs comptes jeudi midi ; la banque évoque une maintenance qui a mal tourné."),
        ("frandroid.com", "09-03 15:20",
         "Panne chez BoursoBank : virements et paiements par carte perturbés",
         "Certains paiements ont été refusés pendant la panne de la banque en ligne, qui promet de rembourser les frais éventuels."),
    ]),
    # ---------------------------------------------- Capgemini collective departure plan (scoop by L'Informé)
    ("capgemini-rcc", "fresh49", [
        ("linforme.com", "09-08 06:15",
         "Capgemini prépare une rupture conventionnelle collective visant 2 400 postes en France",
         "Selon nos informations, l'ESN doit présenter jeudi aux syndicats un plan de départs volontaires concentré sur le conseil et les centres de services."),
        ("lemondeinformatique.fr", "09-08 10:30",
         "Capgemini France : une RCC de 2 400 postes en préparation, selon L'Informé",
         "Le groupe, qui a publié fin juillet un semestre en léger recul, chercherait à réduire ses effectifs dans l'Hexagone, où l'activité recule."),
        ("lesechos.fr", "09-08 13:00",
         "Le géant français du conseil informatique va réduire la voilure dans l'Hexagone",
         "Capgemini confirme travailler à un plan de départs volontaires ; 2 400 postes sur 35 000 seraient concernés."),
        ("journaldunet.com", "09-09 09:00",
         "Capgemini : ce que prévoit le plan de départs volontaires",
         "Indemnités, métiers visés, calendrier : le détail de la rupture conventionnelle collective présentée aux représentants du personnel."),
    ]),
    # ---------------------------------------------- Patch Tuesday, September
    ("patch-tuesday-september", "fresh49", [
        ("lemondeinformatique.fr", "09-08 19:15",
         "Patch Tuesday de septembre : 81 failles comblées",
         "Microsoft corrige 81 vulnérabilités ce mois-ci, dont une zero-day dans le pilote du système de journalisation commun (CLFS)."),
        ("silicon.fr", "09-09 08:10",
         "Patch Tuesday : Microsoft corrige une zero-day dans le pilote CLFS",
         "La faille, exploitée par au moins un groupe de rançongiciel, permet d'obtenir les droits système sur Windows."),
        ("clubic.com", "09-09 11:00",
         "Mettez à jour Windows : le géant de Redmond corrige une faille déjà exploitée",
         "La mise à jour de septembre bouche 81 trous de sécurité ; l'un d'eux est déjà utilisé par des pirates."),
    ]),
    # ---------------------------------------------- Pronote: DDoS claim a week after the outage
    ("pronote-ddos", "fresh49", [
        ("clubic.com", "09-08 12:30",
         "Pronote de nouveau inaccessible, un groupe prorusse revendique une attaque DDoS",
         "Une semaine après la saturation du jour de la rentrée, le service de vie scolaire est tombé mardi matin ; NoName057 revendique une attaque par déni de service."),
        ("bfmtv.com", "09-08 15:10",
         "Pronote visé par une cyberattaque : des hackers prorusses revendiquent",
         "Index Éducation confirme une attaque par déni de service distribué qui a rendu le logiciel indisponible pendant trois heures."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone 18
    ("apple-iphone-18", "fresh49", [
        ("frandroid.com", "09-09 19:30",
         "iPhone 18 et iPhone 18 Pro officiels : Apple passe à la puce A20",
         "Gravée en 2 nm, la nouvelle puce d'Apple équipe une gamme qui gagne un capteur photo à ouverture variable et une batterie plus grande."),
        ("lesnumeriques.com", "09-09 20:15",
         "Prise en main de l'iPhone 18 Pro : l'ouverture variable change tout",
         "Nous avons pu essayer le nouvel iPhone 18 Pro à Cupertino : premières impressions sur le module photo et le nouveau coloris."),
        ("01net.com", "09-09 21:00",
         "iPhone 18 : prix, date de sortie, nouveautés, tout savoir",
         "Précommandes vendredi, sortie le 18 septembre, à partir de 969 euros : tout ce qu'il faut savoir sur les nouveaux iPhone."),
        ("lefigaro.fr", "09-10 07:00",
         "La firme de Cupertino mise sur la photo pour relancer ses ventes",
         "Présentés mercredi soir, les nouveaux smartphones d'Apple misent sur un appareil photo inédit plutôt que sur l'intelligence artificielle."),
    ]),
    # ---------------------------------------------- Apple keynote: Apple Watch Series 12
    ("apple-watch-series-12", "fresh49", [
        ("frandroid.com", "09-09 20:00",
         "Apple Watch Series 12 : Apple ajoute la mesure de la glycémie… presque",
         "La nouvelle montre d'Apple détecte des tendances de glycémie sans piqûre, une fonction qui ne sera pas disponible en Europe au lancement."),
        ("lesnumeriques.com", "09-09 21:30",
         "Apple Watch Series 12 et Ultra 4 : ce qui change",
         "Écran plus grand, nouvelle puce S12, autonomie en hausse : les nouvelles montres connectées présentées pendant la keynote de septembre."),
    ]),
    # ---------------------------------------------- Mistral AI datacenter inauguration
    ("mistral-datacenter-essonne", "fresh49", [
        ("lesechos.fr", "09-10 06:30",
         "Mistral AI inaugure son premier centre de données en Essonne",
         "La start-up française met en service à Bruyères-le-Châtel un campus de calcul de 40 mégawatts équipé de 18 000 puces Nvidia."),
        ("usine-digitale.fr", "09-10 11:00",
         "Mistral Compute : le champion français de l'IA allume ses propres serveurs",
         "Le site francilien doit servir à entraîner les prochains modèles de Mistral AI et à héberger les clients de son offre de cloud souverain."),
    ]),
    # ---------------------------------------------- Atos sells a unit (single)
    ("atos-sells-unit", "fresh49", [
        ("lesechos.fr", "09-10 07:40",
         "Atos cède son activité de cybersécurité industrielle à Thales",
         "Le groupe informatique poursuit son recentrage en vendant une branche de 300 salariés pour environ 120 millions d'euros."),
    ]),
    # ---------------------------------------------- iOS 27 release
    ("ios-27-release", "fresh49", [
        ("frandroid.com", "09-14 19:00",
         "iOS 27 est disponible : comment installer la mise à jour",
         "Apple déploie dès ce soir la nouvelle version de son système mobile ; voici les iPhone compatibles et la marche à suivre."),
        ("01net.com", "09-14 19:45",
         "iOS 27 : les nouveautés de la mise à jour, disponible dès ce soir",
         "Écran d'accueil repensé, Siri plus bavard, traduction en direct des appels : le tour des nouveautés du système d'Apple."),
    ]),
    # ---------------------------------------------- two cyber start-ups raise money on the same day
    ("vaultric-funding", "fresh49", [
        ("lesechos.fr", "09-15 06:00",
         "La start-up lyonnaise Vaultric lève 18 millions d'euros pour sécuriser les identités machines",
         "La jeune pousse, qui gère les certificats et secrets des applications, boucle sa série A menée par Eurazeo."),
        ("journaldunet.com", "09-15 10:30",
         "Cybersécurité : Vaultric décroche 18 M€ en série A",
         "Fondée en 2023, la start-up veut recruter 60 personnes et ouvrir un bureau à Munich."),
    ]),
    ("hexalia-funding", "fresh49", [
        ("lesechos.fr", "09-15 06:05",
         "Deepfakes : la française Hexalia lève 40 millions d'euros",
         "La start-up parisienne, qui détecte les fraudes au faux président par vidéo, réalise une série B menée par un fonds américain."),
        ("usine-digitale.fr", "09-15 12:00",
         "Hexalia boucle une série B de 40 M€ pour traquer les fraudes par hypertrucage",
         "La pépite de la cybersécurité revendique 200 clients bancaires et veut s'implanter aux États-Unis."),
    ]),
    # ---------------------------------------------- SFR sale: antitrust in-depth probe (2 months later)
    ("sfr-antitrust-phase2", "fresh49", [
        ("lesechos.fr", "09-16 06:30",
         "Rachat de SFR : l'Autorité de la concurrence ouvre une enquête approfondie",
         "Le gendarme de la concurrence estime que le partage de SFR entre Bouygues, Iliad et Orange soulève des doutes sérieux sur le marché mobile."),
        ("latribune.fr", "09-16 10:15",
         "Démantèlement de SFR : le gendarme de la concurrence prend son temps",
         "L'ouverture d'une phase 2 repousse à 2027 la décision sur la reprise de l'opérateur au carré rouge par ses trois concurrents."),
    ]),
    # ---------------------------------------------- Capgemini strike against the departure plan
    ("capgemini-strike", "fresh49", [
        ("lemondeinformatique.fr", "09-17 11:00",
         "Grève chez Capgemini contre le plan de départs",
         "À l'appel de la CGT, de la CFDT et de l'Unsa, des salariés de l'ESN ont débrayé jeudi pour dénoncer la rupture conventionnelle collective."),
        ("next.ink", "09-17 15:30",
         "Les salariés de Capgemini débraient à Paris, Toulouse et Rennes",
         "Rassemblements devant plusieurs sites : les syndicats refusent de signer l'accord de départs volontaires en l'état."),
        ("silicon.fr", "09-18 08:30",
         "Capgemini : les syndicats revendiquent 1 500 grévistes",
         "Au lendemain de la mobilisation, l'intersyndicale annonce une nouvelle journée d'action si la direction ne revoit pas sa copie."),
    ]),
    # ---------------------------------------------- CB card payment outage (+ post-mortem 2 days later)
    ("cb-payment-outage", "fresh49", [
        ("bfmtv.com", "09-19 13:10",
         "Paiement par carte impossible dans de nombreux commerces : le GIE CB évoque un incident",
         "Depuis la fin de matinée, des terminaux de paiement refusent les cartes bancaires dans toute la France ; les retraits aux distributeurs fonctionnent."),
        ("lefigaro.fr", "09-19 16:45",
         "Panne des paiements CB : les commerçants pris de court un samedi",
         "Files d'attente, clients sans espèces : la panne du réseau Cartes Bancaires a duré près de trois heures."),
        ("lesechos.fr", "09-21 07:00",
         "Panne CB de samedi : le groupement des cartes bancaires pointe un prestataire",
         "Le GIE CB attribue l'interruption des paiements à une défaillance d'un centre de traitement exploité par un sous-traitant."),
    ]),
    # ---------------------------------------------- iOS 27 battery bug (a week after release)
    ("ios-27-battery-bug", "fresh49", [
        ("frandroid.com", "09-22 09:30",
         "Votre iPhone se vide en une demi-journée ? Vous n'êtes pas seul",
         "Depuis la mise à jour de la semaine dernière, de nombreux utilisateurs se plaignent d'une autonomie en chute libre et d'un téléphone qui chauffe."),
        ("clubic.com", "09-22 14:15",
         "iOS 27 vide la batterie : Apple reconnaît un problème",
         "La firme de Cupertino confirme qu'un processus d'indexation tourne en boucle sur certains iPhone et prépare une mise à jour corrective."),
    ]),
    # ---------------------------------------------- Capgemini acquisition
    ("capgemini-acquires-kairn", "fresh49", [
        ("lemondeinformatique.fr", "09-22 10:00",
         "Capgemini rachète la start-up parisienne Kairn, spécialiste des agents IA",
         "L'ESN met la main sur une jeune pousse de 120 personnes qui développe une plateforme d'orchestration d'agents pour les grands comptes."),
        ("usine-digitale.fr", "09-22 13:30",
         "IA agentique : Capgemini s'offre Kairn",
         "Malgré un plan de départs en France, le groupe poursuit ses acquisitions ciblées dans l'intelligence artificielle."),
    ]),
    # ---------------------------------------------- Sopra Steria profit warning
    ("sopra-steria-profit-warning", "fresh49", [
        ("lesechos.fr", "09-23 17:50",
         "Sopra Steria abaisse ses objectifs annuels, l'action chute",
         "L'ESN ne vise plus qu'une croissance organique légèrement négative en 2026, pénalisée par le gel des dépenses informatiques en France."),
        ("lemondeinformatique.fr", "09-24 09:20",
         "Sopra Steria revoit à la baisse ses prévisions pour 2026",
         "Deux mois après son semestre, l'ESN lance un avertissement sur sa croissance et sa marge, sur fond de commandes publiques retardées."),
    ]),
    # ---------------------------------------------- SFR outage (same day as Bouygues outage)
    ("sfr-outage-0924", "fresh49", [
        ("frandroid.com", "09-24 08:40",
         "Panne SFR : la box et la fibre coupées dans le Sud-Est",
         "Des abonnés SFR de Marseille, Toulon et Nice sont privés d'Internet depuis la nuit après un incident sur un nœud de raccordement."),
        ("bfmtv.com", "09-24 11:00",
         "Marseille : des milliers d'abonnés SFR sans Internet depuis la nuit",
         "L'opérateur évoque un incident électrique sur un site technique et annonce un rétablissement dans la journée."),
    ]),
    # ---------------------------------------------- Bouygues Telecom outage (same day, other cause)
    ("bouygues-outage-0924", "fresh49", [
        ("01net.com", "09-24 14:20",
         "Bouygues Telecom en panne : les appels impossibles pour une partie des abonnés",
         "Depuis midi, de nombreux clients mobiles de Bouygues Telecom ne peuvent plus passer d'appels ; l'opérateur met en cause un logiciel de routage."),
        ("lesnumeriques.com", "09-24 18:30",
         "Bouygues Telecom : les appels fonctionnent de nouveau",
         "La panne du réseau mobile de l'opérateur a duré six heures ; les SMS et l'Internet mobile n'étaient pas touchés."),
    ]),
    # ---------------------------------------------- NIS 2 implementing decrees (2 months after the law)
    ("nis2-decrees", "fresh49", [
        ("lemagit.fr", "09-24 09:10",
         "NIS 2 : les décrets d'application enfin publiés au Journal officiel",
         "Listes des secteurs, seuils, délais de mise en conformité : les textes attendus depuis l'adoption de la loi résilience précisent les obligations des entités."),
        ("zdnet.fr", "09-24 15:00",
         "Cybersécurité : les entreprises ont désormais trois ans pour se conformer à NIS 2",
         "Les décrets publiés jeudi fixent le calendrier d'enregistrement auprès de l'ANSSI et les premières obligations de déclaration d'incident."),
    ]),
    # ---------------------------------------------- weekly recap (Next, week 39)
    ("next-recap-0926", "fresh49", [
        ("next.ink", "09-26 08:00",
         "Récap' de la semaine : pannes en série chez les opérateurs",
         "Chaque samedi, l'essentiel de notre semaine : SFR et Bouygues Telecom en panne le même jour, la batterie d'iOS 27, l'avertissement de Sopra Steria et les décrets NIS 2."),
    ]),
    # ---------------------------------------------- Inetum new CEO (single)
    ("inetum-new-ceo", "fresh49", [
        ("lemondeinformatique.fr", "09-28 10:00",
         "Inetum nomme un nouveau directeur général",
         "L'ESN confie les rênes à un ancien dirigeant de Sopra Steria, chargé d'accélérer le redressement de la marge du groupe."),
    ]),
    # ---------------------------------------------- OVHcloud outage in Gravelines (single)
    ("ovhcloud-gravelines-outage", "fresh49", [
        ("lemagit.fr", "09-29 08:50",
         "OVHcloud : coupure électrique sur le site de Gravelines",
         "Une partie des serveurs dédiés du campus nordiste a été indisponible pendant trois heures lundi soir après la défaillance d'un onduleur."),
    ]),
    # ---------------------------------------------- Commission's cloud and AI act (single)
    ("eu-cloud-ai-act", "fresh49", [
        ("next.ink", "07-15 10:30",
         "Bruxelles présente son Cloud and AI Development Act",
         "La Commission européenne veut tripler la capacité des centres de données de l'Union en sept ans et réserver certains marchés publics à des clouds souverains."),
    ]),
    # ---------------------------------------------- Freebox Pop outage (single)
    ("freebox-pop-outage", "fresh49", [
        ("01net.com", "07-27 19:30",
         "Freebox Pop : la télévision coupée chez de nombreux abonnés Free",
         "Depuis la fin d'après-midi, le service TV de la Freebox Pop affiche un écran noir ; Free évoque un problème sur ses serveurs de chaînes."),
    ]),
    # ---------------------------------------------- Soitec job cuts (single)
    ("soitec-job-cuts", "fresh49", [
        ("usine-digitale.fr", "07-29 12:40",
         "Soitec va supprimer 200 postes sur son site de Bernin",
         "Le spécialiste isérois des plaquettes de silicium sur isolant réduit ses effectifs face au ralentissement des commandes des fabricants de smartphones."),
    ]),
    # ---------------------------------------------- Google Cloud regional outage (single)
    ("google-cloud-outage-0813", "fresh49", [
        ("lemagit.fr", "08-13 09:20",
         "Google Cloud : Compute Engine indisponible dans la région de Paris",
         "Des clients de la région europe-west9 n'ont pas pu lancer de nouvelles machines virtuelles pendant deux heures mercredi soir."),
    ]),
    # ---------------------------------------------- ransomware at a private clinic (single)
    ("ransomware-clinique-besancon", "fresh49", [
        ("zdnet.fr", "08-19 15:40",
         "Une clinique privée de Besançon touchée par un rançongiciel",
         "L'établissement du groupe Elsan a transféré plusieurs patients et reporté des interventions après le chiffrement de ses serveurs de radiologie."),
    ]),
    # ---------------------------------------------- Atos wins the 2030 Winter Olympics IT contract (single)
    ("atos-jo-2030-contract", "fresh49", [
        ("latribune.fr", "08-20 08:00",
         "Atos décroche l'informatique des Jeux d'hiver 2030 dans les Alpes",
         "Le comité d'organisation confie au groupe la gestion des résultats et des accréditations, prolongeant son partenariat historique avec le mouvement olympique."),
    ]),
    # ---------------------------------------------- weekly roundup (LeMagIT Cyberhebdo, week 36)
    ("lemagit-cyberhebdo-0904", "fresh49", [
        ("lemagit.fr", "09-04 17:00",
         "Cyberhebdo du 4 septembre : Heppner et la rentrée des rançongiciels",
         "Un transporteur alsacien, une clinique, un fabricant italien : notre revue hebdomadaire des cyberattaques rendues publiques."),
    ]),
    # ---------------------------------------------- France Travail data leak (single)
    ("france-travail-leak-sept", "fresh49", [
        ("numerama.com", "09-11 11:30",
         "France Travail signale une nouvelle fuite de données de demandeurs d'emploi",
         "L'opérateur public indique que le compte d'un conseiller d'un organisme partenaire a servi à consulter les dossiers de 340 000 inscrits."),
    ]),
    # ---------------------------------------------- Ivanti flaw (single)
    ("ivanti-epmm-flaw", "fresh49", [
        ("lemondeinformatique.fr", "09-15 16:00",
         "Ivanti corrige deux failles exploitées dans EPMM",
         "Les vulnérabilités de la solution de gestion des mobiles, chaînées, permettent d'exécuter du code à distance sans authentification."),
    ]),
    # ---------------------------------------------- CGI acquisition (single)
    ("cgi-acquires-novalys", "fresh49", [
        ("lemondeinformatique.fr", "09-16 10:45",
         "CGI s'offre l'ESN lilloise Novalys",
         "Le groupe canadien met la main sur un spécialiste de 600 consultants des systèmes de paie et de ressources humaines."),
    ]),
    # ---------------------------------------------- Cybermalveillance.gouv.fr activity report (single)
    ("cybermalveillance-report", "fresh49", [
        ("silicon.fr", "09-29 11:20",
         "Cybermalveillance.gouv.fr : les demandes d'assistance des collectivités en hausse de 40 %",
         "Le dispositif public publie son bilan semestriel : l'hameçonnage reste la première menace, devant les rançongiciels et les fraudes au faux conseiller bancaire."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
