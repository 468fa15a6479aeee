"""The 66th fresh labelled set: general French tech news, syndicated scoops, recurring posts, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh66".
Positives: syndicated scoops picked up by other outlets ("selon L'Informé", "selon Les Echos", "selon le
Financial Times"); a title naming the firm only by periphrasis (BFM on Capgemini, Silicon on OVHcloud,
Le Figaro on Orange); an English-word title ("Layoffs chez Capgemini", "Outage géant pour Outlook"); quotes as
titles; titles sharing almost no word with the rest of their event (Gravelines "surchauffe dans le Nord",
Nantes "papier et crayon"); terse next-day follow-ups (confirmation of a deal, ransomware claim, post-mortem,
minister's reaction to an outage); explainers ("ce qui change", "que faire si") and a same-day hands-on;
digits against words (800 / « quelque huit cents », 70 M€ / « 70 millions »).
Hard negatives: Capgemini RCC then a strike nine days later, then Q3 revenue; Capgemini Q3 beside Orange Q3
and Iliad Q3; OVHcloud Gravelines outage then a vaguer network outage three days later, then annual results;
Patch Tuesday of September, an out-of-band SharePoint patch, Patch Tuesday of October, then the October update
that stops PCs from booting, and Patch Tuesday of November on the day of a Teams outage; iPhone 18 Pro and
Apple Watch Series 12 at one keynote; iOS 27 release then « iOS 27 vide la batterie »; the launch then the full
iPhone test two weeks later; a new Bouygues Telecom leak, then a CNIL fine for the 2025 leak, then its appeal;
two CNIL fines (Bouygues Telecom, France Travail); a CAF leak a week before the France Travail fine; SFR offer
then exclusive talks; two ransomware attacks on two hospitals two days apart; two funding rounds on one day;
Mistral Large 4, then the Mistral datacenter, beside an AI newsletter; two Snapdragon chips at one summit;
Freebox Nova launch, then « la Freebox Nova coupe le Wi-Fi », then a private sale; Outlook outage then Teams
outage; Amazon's Black Friday dates vs Black Friday deals posts; Ubisoft RCC then a game delay two days later;
Free Mobile and SFR price rises on consecutive days; Apple's DMA fine then a Paris appeal ruling on another fine;
weekly roundups, weekly cyber digests, weekend deals and a daily recap naming the very events of their day.
`build` fixes the year 2026; times are UTC, September to November 2026.

Held out: measured once, on the code that lands at the end of stop 27: precision 0.969, recall 0.914 (0.969 /
0.914 on 13a24e1, the code that landed at stop 26); nothing was written for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Capgemini: RCC of 800 jobs, scoop by L'Informé
    ("capgemini-rcc-800", "fresh66", [
        ("linforme.com", "09-08 05:50",
         "Capgemini prépare une rupture conventionnelle collective visant 800 postes",
         "Selon nos informations, la direction de l'ESN présentera jeudi aux syndicats un plan de départs volontaires portant sur environ 800 postes en France."),
        ("lemondeinformatique.fr", "09-08 09:40",
         "Capgemini envisagerait 800 départs volontaires en France",
         "Le groupe de services informatiques préparerait une RCC concernant quelque 800 salariés de ses entités françaises, selon L'Informé."),
        ("silicon.fr", "09-08 13:15",
         "Layoffs chez Capgemini : 800 postes dans le viseur",
         "L'ESN s'apprêterait à réduire ses effectifs hexagonaux par une rupture conventionnelle collective, d'après L'Informé. Les activités de conseil seraient les plus touchées."),
        ("bfmtv.com", "09-08 17:05",
         "Le géant français du conseil informatique veut se séparer de quelque huit cents salariés",
         "Le groupe dirigé par Aiman Ezzat doit présenter jeudi un plan de départs volontaires aux représentants du personnel, révèle le site L'Informé."),
        ("lemagit.fr", "09-10 18:30",
         "Capgemini : ce que prévoit la RCC présentée aux syndicats",
         "Volontariat, indemnités, métiers visés : la direction a détaillé ce jeudi aux élus le plan qui doit conduire au départ de 800 salariés d'ici à la fin du premier semestre 2027."),
    ]),
    # ---------------------------------------------- Capgemini: strike against the plan, nine days later
    ("capgemini-strike", "fresh66", [
        ("next.ink", "09-17 10:20",
         "« On nous pousse dehors » : grève chez Capgemini",
         "À l'appel de la CGT et de la CFE-CGC, des salariés de Capgemini ont cessé le travail ce jeudi à Issy-les-Moulineaux, Toulouse et Lyon pour protester contre le plan de départs."),
        ("lemondeinformatique.fr", "09-17 14:45",
         "Débrayages sur plusieurs sites de Capgemini",
         "Les syndicats de l'ESN ont organisé un arrêt de travail jeudi, une semaine après la présentation de la rupture conventionnelle collective."),
        ("bfmtv.com", "09-17 18:10",
         "Capgemini : première grève depuis dix ans chez le numéro un des ESN",
         "Plusieurs centaines de salariés se sont mobilisés jeudi ; la direction assure que le dialogue social se poursuit."),
    ]),
    # ---------------------------------------------- Capgemini: Q3 revenue (look-alike of Orange Q3 the day before)
    ("capgemini-q3-2026", "fresh66", [
        ("lesechos.fr", "10-29 06:40",
         "Capgemini voit son activité ralentir au troisième trimestre",
         "Le chiffre d'affaires de l'ESN recule de 1,2 % à taux de change constants, pénalisé par l'industrie automobile ; l'objectif annuel est abaissé."),
        ("lemondeinformatique.fr", "10-29 10:15",
         "Capgemini : chiffre d'affaires de 5,4 Md€ au T3, en léger repli",
         "Le groupe publie un chiffre d'affaires trimestriel de 5,4 milliards d'euros et revoit à la baisse sa prévision de croissance pour 2026."),
    ]),
    # ---------------------------------------------- OVHcloud buys Stackmint, scoop by Les Echos
    ("ovh-buys-stackmint", "fresh66", [
        ("lesechos.fr", "09-10 05:30",
         "OVHcloud s'offre la pépite nantaise Stackmint",
         "L'hébergeur roubaisien met la main sur la start-up spécialisée dans l'orchestration de conteneurs pour environ 70 millions d'euros, selon nos informations."),
        ("lemagit.fr", "09-10 09:05",
         "OVHcloud acquiert Stackmint pour muscler son offre Kubernetes",
         "Le fournisseur de cloud français rachète l'éditeur nantais, selon Les Echos. Le montant avoisinerait 70 M€."),
        ("journaldunet.com", "09-10 11:30",
         "Pourquoi OVHcloud mise 70 millions sur les conteneurs",
         "Avec Stackmint, le groupe de Roubaix récupère une équipe de 90 ingénieurs et une plateforme Kubernetes managée déjà utilisée par 400 clients."),
        ("silicon.fr", "09-10 15:20",
         "Le champion français du cloud rachète une start-up de conteneurs, selon Les Echos",
         "La société fondée par Octave Klaba s'empare d'une jeune pousse nantaise de 90 salariés, spécialiste de Kubernetes."),
        ("usine-digitale.fr", "09-11 08:10",
         "OVHcloud confirme le rachat de Stackmint",
         "Au lendemain des révélations des Echos, l'hébergeur a officialisé l'opération, sans en préciser le montant."),
    ]),
    # ---------------------------------------------- 01net daily recap the same day (names OVH and Capgemini)
    ("01net-essentiel-0910", "fresh66", [
        ("01net.com", "09-10 19:00",
         "L'essentiel de l'actu tech du jeudi 10 septembre",
         "OVHcloud rachète Stackmint, Capgemini détaille son plan de départs, les prix de l'iPhone 18 Pro en France : les infos à retenir de la journée."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 37
    ("lemagit-essentiel-w37", "fresh66", [
        ("lemagit.fr", "09-11 17:00",
         "L'essentiel de la semaine : Capgemini, OVHcloud et Patch Tuesday",
         "La RCC de Capgemini, le rachat de Stackmint par OVHcloud et les 81 failles corrigées par Microsoft : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Next weekly digest #38
    ("next-hebdo-38", "fresh66", [
        ("next.ink", "09-19 08:00",
         "Hebdo #38 : grève chez Capgemini, Ledger à Wall Street et iPhone 18",
         "Chaque samedi, notre sélection : le débrayage des salariés de Capgemini, le projet d'introduction en Bourse de Ledger et ce qu'il faut retenir du nouvel iPhone."),
    ]),
    # ---------------------------------------------- OVHcloud: Gravelines cooling outage
    ("ovh-outage-gravelines", "fresh66", [
        ("lemagit.fr", "10-06 07:45",
         "OVHcloud : panne de plusieurs heures à Gravelines",
         "Une défaillance du système de refroidissement a contraint l'hébergeur à arrêter des baies de son datacenter de Gravelines dans la nuit de lundi à mardi."),
        ("01net.com", "10-06 10:30",
         "Des milliers de sites inaccessibles après une panne chez OVH",
         "Sites marchands, médias, services publics locaux : de nombreux clients de l'hébergeur nordiste sont restés hors ligne jusqu'au petit matin."),
        ("next.ink", "10-06 12:55",
         "Surchauffe dans le Nord : des baies arrêtées en urgence",
         "Dans la nuit, la température est montée dans une salle du site de Gravelines ; OVHcloud a coupé préventivement les serveurs pendant près de six heures."),
        ("silicon.fr", "10-07 09:20",
         "Panne de Gravelines : OVHcloud publie son post-mortem",
         "Une pompe du circuit de refroidissement à eau est tombée en panne et la bascule vers le circuit de secours n'a pas fonctionné, explique l'hébergeur."),
    ]),
    # ---------------------------------------------- OVHcloud: another outage three days later, network, place unsaid
    ("ovh-outage-network", "fresh66", [
        ("zdnet.fr", "10-09 16:05",
         "Nouvelle panne chez OVHcloud",
         "Trois jours après l'incident de refroidissement, l'hébergeur a de nouveau connu une interruption vendredi, liée cette fois à son réseau, pendant une quarantaine de minutes."),
        ("01net.com", "10-09 18:20",
         "OVH encore en panne : le réseau de l'hébergeur flanche",
         "Des clients de l'hébergeur roubaisien ont perdu l'accès à leurs serveurs vendredi après-midi, à la suite d'une erreur de configuration sur des routeurs."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 41
    ("lemagit-essentiel-w41", "fresh66", [
        ("lemagit.fr", "10-09 17:00",
         "L'essentiel de la semaine : OVHcloud, Mistral AI et levées de fonds",
         "La panne de Gravelines, le datacenter de Mistral AI et les levées de Hexalis et Veriflow : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- OVHcloud: annual results
    ("ovh-fy2026-results", "fresh66", [
        ("lesechos.fr", "10-15 06:30",
         "OVHcloud franchit le cap du milliard d'euros de chiffre d'affaires",
         "Le groupe roubaisien boucle son exercice 2026 avec des revenus de 1,13 milliard d'euros, en hausse de 9 %, porté par le cloud public."),
        ("lemagit.fr", "10-15 11:00",
         "Résultats annuels : OVHcloud accélère dans le cloud public",
         "L'hébergeur publie une croissance de 19 % de son activité de cloud public et confirme viser une marge d'Ebitda ajusté proche de 40 %."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, September
    ("patch-tuesday-sep", "fresh66", [
        ("lemondeinformatique.fr", "09-08 19:20",
         "Patch Tuesday de septembre : Microsoft corrige 81 vulnérabilités",
         "Le lot de correctifs mensuel de Microsoft comble 81 failles, dont deux zero-day, l'une dans le pilote CLFS de Windows déjà exploitée."),
        ("zdnet.fr", "09-08 21:10",
         "Microsoft : deux zero-day au menu des correctifs de septembre",
         "La mise à jour de sécurité mensuelle colmate 81 vulnérabilités dans Windows, Office et Hyper-V."),
        ("silicon.fr", "09-09 08:15",
         "Patch Tuesday : 81 failles et deux zero-day",
         "Microsoft a publié mardi ses correctifs de septembre ; les administrateurs sont invités à prioriser la faille du pilote CLFS."),
    ]),
    # ---------------------------------------------- Microsoft out-of-band patch for SharePoint
    ("sharepoint-oob-patch", "fresh66", [
        ("lemagit.fr", "09-23 08:30",
         "SharePoint : Microsoft publie un correctif d'urgence",
         "Hors de son calendrier habituel, l'éditeur corrige une faille critique de SharePoint Server activement exploitée contre des serveurs sur site."),
        ("zdnet.fr", "09-23 12:40",
         "Faille critique dans SharePoint Server : un patch hors cycle à installer d'urgence",
         "La vulnérabilité permet l'exécution de code à distance sans authentification ; le CERT-FR signale des compromissions en France."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, October
    ("patch-tuesday-oct", "fresh66", [
        ("lemondeinformatique.fr", "10-13 19:15",
         "Patch Tuesday d'octobre : 104 failles corrigées par Microsoft",
         "Microsoft comble 104 vulnérabilités ce mois-ci, dont trois zero-day, notamment dans le service de spouleur d'impression."),
        ("zdnet.fr", "10-13 21:00",
         "Microsoft : trois zero-day corrigées ce mois-ci",
         "La mise à jour de sécurité d'octobre colmate 104 vulnérabilités, dont trois activement exploitées."),
        ("silicon.fr", "10-14 08:05",
         "Patch Tuesday : un mois d'octobre chargé pour les administrateurs",
         "Trois failles exploitées, dont une dans le spouleur d'impression, et 104 correctifs au total : Microsoft a publié son lot mensuel mardi soir."),
    ]),
    # ---------------------------------------------- the October Windows update stops some PCs from booting
    ("windows-oct-update-boot", "fresh66", [
        ("01net.com", "10-16 09:10",
         "Windows 11 : la dernière mise à jour empêche certains PC de démarrer",
         "Depuis l'installation du correctif d'octobre, des utilisateurs se retrouvent bloqués sur un écran bleu au démarrage ; Microsoft enquête."),
        ("clubic.com", "10-16 11:45",
         "Écran bleu au démarrage : Microsoft reconnaît un problème avec sa mise à jour",
         "Des PC équipés de certains SSD ne redémarrent plus après la mise à jour KB5066912 ; l'éditeur suspend sa distribution."),
        ("numerama.com", "10-16 15:30",
         "Votre PC ne démarre plus après la mise à jour ? Voici quoi faire",
         "La mise à jour d'octobre de Windows 11 provoque des plantages au démarrage sur certaines machines. On vous explique comment la désinstaller."),
        ("lemondeinformatique.fr", "10-17 10:00",
         "Microsoft publie un correctif pour la mise à jour qui bloquait le démarrage",
         "Un patch hors cycle corrige le problème de démarrage provoqué par la mise à jour de la semaine sur des postes équipés de SSD Phison."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, November (same day as the Teams outage)
    ("patch-tuesday-nov", "fresh66", [
        ("lemondeinformatique.fr", "11-10 19:25",
         "Patch Tuesday de novembre : Microsoft corrige 63 vulnérabilités",
         "Le dernier lot de correctifs avant décembre comble 63 failles, dont une zero-day dans le noyau Windows."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone 18 Pro
    ("iphone-18-pro-launch", "fresh66", [
        ("frandroid.com", "09-09 18:40",
         "iPhone 18 Pro et 18 Pro Max officiels : prix, date de sortie et fiche technique",
         "Apple présente ses nouveaux iPhone haut de gamme, avec puce A20 Pro gravée en 2 nm, ouverture variable pour l'appareil photo principal et prix de départ de 1 329 euros."),
        ("01net.com", "09-09 19:15",
         "Apple dévoile l'iPhone 18 Pro : tout ce qu'il faut savoir",
         "La firme de Cupertino a levé le voile sur ses smartphones Pro lors de sa keynote ; précommandes vendredi, disponibilité le 18 septembre."),
        ("lesnumeriques.com", "09-09 21:30",
         "Prise en main de l'iPhone 18 Pro : nos premières impressions",
         "Nous avons pu manipuler le nouveau smartphone d'Apple à l'issue de la keynote : photo à ouverture variable, écran plus lumineux et Dynamic Island réduite."),
        ("numerama.com", "09-10 07:30",
         "Puce A20 et objectif à ouverture variable : Apple renouvelle ses smartphones Pro",
         "Le géant californien a présenté mercredi soir deux nouveaux modèles haut de gamme, plus chers de 100 euros que la génération précédente."),
    ]),
    # ---------------------------------------------- same keynote: Apple Watch Series 12
    ("apple-watch-series-12", "fresh66", [
        ("frandroid.com", "09-09 19:30",
         "Apple Watch Series 12 : la montre d'Apple mesure enfin la tension",
         "Présentée lors de la keynote de septembre, la nouvelle montre connectée détecte l'hypertension et gagne une journée d'autonomie."),
        ("lesnumeriques.com", "09-09 22:10",
         "Apple Watch Series 12 officielle : prix et nouveautés",
         "Apple renouvelle sa montre phare, vendue à partir de 449 euros, avec un écran plus grand et un capteur de tension artérielle."),
    ]),
    # ---------------------------------------------- iOS 27 released
    ("ios-27-release", "fresh66", [
        ("frandroid.com", "09-15 17:30",
         "iOS 27 est disponible : comment l'installer sur votre iPhone",
         "Apple déploie dès aujourd'hui la nouvelle version de son système mobile pour les iPhone 12 et suivants."),
        ("01net.com", "09-15 19:00",
         "iOS 27 : ce qui change sur votre iPhone",
         "Siri réécrit, écran verrouillé repensé, traduction en direct dans les appels : le tour des nouveautés de la mise à jour disponible ce mardi."),
        ("clubic.com", "09-16 08:20",
         "Apple lance iOS 27 : les nouveautés à connaître",
         "La mise à jour annuelle d'Apple est disponible gratuitement ; certaines fonctions d'IA restent réservées aux iPhone 16 et plus récents."),
    ]),
    # ---------------------------------------------- iOS 27 drains the battery, a week later
    ("ios-27-battery-drain", "fresh66", [
        ("journaldugeek.com", "09-22 10:15",
         "iOS 27 vide la batterie de votre iPhone ? Vous n'êtes pas seul",
         "Depuis la mise à jour, de nombreux utilisateurs constatent que leur téléphone ne tient plus la journée ; Apple prépare un correctif."),
        ("01net.com", "09-22 14:30",
         "Autonomie en chute libre : Apple reconnaît un problème avec iOS 27",
         "Un processus d'indexation qui tourne en boucle serait responsable de la décharge rapide observée sur certains modèles."),
    ]),
    # ---------------------------------------------- full test of the iPhone 18 Pro, two weeks after launch
    ("iphone-18-pro-test", "fresh66", [
        ("lesnumeriques.com", "09-24 06:00",
         "Test de l'iPhone 18 Pro : la photo avant tout",
         "Après deux semaines d'utilisation, le nouveau smartphone d'Apple convainc par son appareil photo, moins par son autonomie. Notre verdict."),
    ]),
    # ---------------------------------------------- Ledger IPO in New York, scoop by the Financial Times
    ("ledger-ipo-nyse", "fresh66", [
        ("lesechos.fr", "09-16 07:10",
         "Ledger prépare son introduction en Bourse à New York, selon le Financial Times",
         "La licorne française des portefeuilles de cryptomonnaies aurait mandaté trois banques pour une cotation au NYSE dès le premier trimestre 2027."),
        ("bfmtv.com", "09-16 10:00",
         "La licorne française Ledger vise Wall Street",
         "Le fabricant de portefeuilles physiques pour cryptoactifs envisage une valorisation de plus de 4 milliards de dollars, d'après le quotidien britannique."),
        ("journaldunet.com", "09-16 13:25",
         "Pourquoi Ledger préfère New York à Paris pour son IPO",
         "Selon le FT, la pépite parisienne vise le NYSE ; un choix qui relance le débat sur l'attractivité d'Euronext pour les entreprises de la tech."),
        ("latribune.fr", "09-16 16:40",
         "Cotation : Ledger tenté par le NYSE",
         "La société fondée par Éric Larchevêque et dirigée par Pascal Gauthier n'a pas commenté les informations du Financial Times."),
    ]),
    # ---------------------------------------------- Bouygues Telecom: new customer data leak
    ("bouygues-leak-sep", "fresh66", [
        ("numerama.com", "09-21 09:30",
         "Bouygues Telecom victime d'une nouvelle fuite de données clients",
         "Noms, numéros de téléphone et adresses postales de clients de l'opérateur ont été exposés via l'outil d'un sous-traitant, a confirmé Bouygues Telecom."),
        ("zdnet.fr", "09-21 11:50",
         "Fuite chez Bouygues Telecom : un prestataire mis en cause",
         "L'opérateur indique qu'un compte d'un partenaire de relation client a été compromis ; il évoque « plusieurs centaines de milliers » d'abonnés concernés."),
        ("01net.com", "09-21 15:10",
         "Fuite de données Bouygues Telecom : que faire si vous êtes concerné",
         "Les abonnés touchés recevront un courriel ; voici comment repérer les tentatives d'hameçonnage qui vont suivre."),
        ("clubic.com", "09-22 08:40",
         "Bouygues Telecom : 480 000 clients touchés par la fuite",
         "L'opérateur précise le nombre d'abonnés dont les données ont été dérobées le week-end dernier ; les IBAN ne seraient pas concernés."),
    ]),
    # ---------------------------------------------- Qualcomm summit: Snapdragon 8 Elite Gen 6 (phones)
    ("snapdragon-8-elite-gen6", "fresh66", [
        ("frandroid.com", "09-22 19:10",
         "Snapdragon 8 Elite Gen 6 : Qualcomm dévoile sa puce pour smartphones haut de gamme",
         "Gravée en 2 nm, la nouvelle puce promet 25 % de performances en plus et équipera les Xiaomi 18 et Galaxy S27 dès la fin de l'année."),
        ("lesnumeriques.com", "09-23 07:45",
         "Qualcomm officialise le Snapdragon 8 Elite Gen 6",
         "Présentée au Snapdragon Summit d'Hawaï, la puce mobile mise sur l'IA embarquée et une partie graphique revue."),
    ]),
    # ---------------------------------------------- same summit: Snapdragon X3 Elite (laptops)
    ("snapdragon-x3-elite", "fresh66", [
        ("clubic.com", "09-23 09:30",
         "Snapdragon X3 Elite : Qualcomm veut faire trembler Intel et AMD sur les PC portables",
         "La troisième génération de puces Arm pour ordinateurs Windows arrive avec 18 cœurs et une unité neuronale de 80 TOPS."),
        ("01net.com", "09-23 12:00",
         "Qualcomm présente le Snapdragon X3 Elite pour les PC Copilot+",
         "Les premiers ordinateurs portables équipés de la puce sont attendus au premier semestre 2027."),
    ]),
    # ---------------------------------------------- public sector: Visio and Tchap mandatory in ministries
    ("dinum-visio-mandatory", "fresh66", [
        ("next.ink", "09-24 10:30",
         "Une circulaire impose Visio et Tchap dans tous les ministères",
         "Le Premier ministre demande aux administrations d'abandonner Teams et Zoom d'ici à fin 2027 au profit des outils développés par la Dinum."),
        ("lemondeinformatique.fr", "09-24 15:00",
         "Souveraineté : l'État généralise ses propres outils de visioconférence",
         "La direction interministérielle du numérique va déployer Visio à 2 millions d'agents publics, selon une circulaire publiée jeudi."),
    ]),
    # ---------------------------------------------- SFR sale: operators raise their offer, scoop by Les Echos
    ("sfr-offer-raised", "fresh66", [
        ("lesechos.fr", "09-28 05:45",
         "SFR : Bouygues, Free et Orange relèvent leur offre à 19 milliards",
         "Le trio d'opérateurs a transmis à Altice une nouvelle proposition pour se partager les actifs de SFR, selon nos informations."),
        ("bfmtv.com", "09-28 09:20",
         "Rachat de SFR : les trois opérateurs mettent 2 milliards de plus sur la table",
         "Bouygues Telecom, Iliad et Orange ont revu leur offre commune à la hausse, rapportent Les Echos. Patrick Drahi jugeait la précédente trop basse."),
        ("01net.com", "09-28 12:10",
         "SFR : une offre à 19 milliards d'euros pour l'opérateur au carré rouge",
         "D'après Les Echos, le partage de SFR entre ses trois concurrents se rapproche ; l'Autorité de la concurrence devra se prononcer."),
        ("latribune.fr", "09-28 16:00",
         "Altice France : une offre relevée qui met la pression sur Patrick Drahi",
         "Les trois concurrents de SFR proposent désormais 19 milliards d'euros, selon le quotidien économique. Altice a un mois pour répondre."),
    ]),
    # ---------------------------------------------- SFR sale: Altice enters exclusive talks, five weeks later
    ("sfr-exclusive-talks", "fresh66", [
        ("lesechos.fr", "11-03 07:00",
         "Altice entre en négociations exclusives avec Bouygues, Free et Orange pour SFR",
         "Le groupe de Patrick Drahi a accepté l'offre de 19 milliards d'euros ; la signature des accords définitifs est espérée d'ici à la fin de l'année."),
        ("frandroid.com", "11-03 11:30",
         "SFR va bien disparaître : Altice accepte de négocier en exclusivité",
         "Les abonnés de l'opérateur seront répartis entre ses trois concurrents, mais rien ne changera avant 2028 au mieux."),
    ]),
    # ---------------------------------------------- Free launches the Freebox Nova
    ("freebox-nova-launch", "fresh66", [
        ("frandroid.com", "09-29 10:00",
         "Free lance la Freebox Nova : Wi-Fi 7, 8 Gbit/s et prix agressif",
         "Xavier Niel a présenté la nouvelle box de Free, vendue 39,99 euros par mois avec un répéteur Wi-Fi 7 inclus."),
        ("numerama.com", "09-29 12:20",
         "Freebox Nova : ce que vaut la nouvelle box de Free",
         "L'opérateur remplace la Freebox Pop par un modèle plus compact, compatible Wi-Fi 7, avec un décodeur sous Android TV."),
        ("01net.com", "09-29 14:50",
         "Free dégaine la Freebox Nova pour contrer Orange et SFR",
         "Débit de 8 Gbit/s, Wi-Fi 7 et TV incluse : l'opérateur de Xavier Niel muscle son offre intermédiaire."),
        ("lesnumeriques.com", "09-30 07:30",
         "Prise en main de la Freebox Nova",
         "Nous avons installé la nouvelle box de Free : mise en service rapide, Wi-Fi convaincant, décodeur encore perfectible."),
    ]),
    # ---------------------------------------------- the Freebox Nova drops Wi-Fi, nine days later
    ("freebox-nova-wifi-bug", "fresh66", [
        ("01net.com", "10-08 09:30",
         "La Freebox Nova coupe le Wi-Fi chez de nombreux abonnés",
         "Depuis quelques jours, des clients de Free se plaignent de déconnexions à répétition ; une mise à jour du firmware serait en cause."),
        ("numerama.com", "10-08 13:40",
         "Free reconnaît des coupures Wi-Fi sur sa nouvelle box",
         "L'opérateur promet un correctif sous 48 heures pour les abonnés de la Freebox Nova qui perdent leur connexion sans fil plusieurs fois par jour."),
    ]),
    # ---------------------------------------------- Free private sale on the Nova, weeks later
    ("freebox-nova-vente-privee", "fresh66", [
        ("frandroid.com", "11-20 08:00",
         "Vente privée Free : la Freebox Nova à 19,99 euros par mois pendant un an",
         "Free lance une vente privée avant le Black Friday : sa dernière box est à moitié prix la première année, jusqu'au 1er décembre."),
    ]),
    # ---------------------------------------------- Mistral AI: Mistral Large 4
    ("mistral-large-4", "fresh66", [
        ("usine-digitale.fr", "10-01 09:00",
         "Mistral AI dévoile Mistral Large 4, son modèle le plus puissant",
         "La start-up française publie un modèle de raisonnement qui rivalise, selon ses tests, avec les meilleurs modèles américains en mathématiques et en code."),
        ("numerama.com", "10-01 11:45",
         "Mistral Large 4 : la réponse française à GPT-5",
         "Le nouveau modèle phare de Mistral AI est disponible dans Le Chat et via l'API, avec une fenêtre de contexte d'un million de jetons."),
        ("lemondeinformatique.fr", "10-01 14:10",
         "Mistral AI lance Large 4 et baisse ses tarifs d'API",
         "Le modèle est proposé à 2 dollars le million de jetons en entrée ; ses poids restent fermés, contrairement à la gamme Small."),
        ("bfmtv.com", "10-01 18:30",
         "« Le meilleur modèle européen » : Arthur Mensch présente Mistral Large 4",
         "Le patron du champion français de l'IA générative assure que son nouveau modèle égale les leaders américains pour dix fois moins cher."),
    ]),
    # ---------------------------------------------- Usine Digitale weekly AI newsletter (names Mistral Large 4)
    ("ud-ia-semaine-w40", "fresh66", [
        ("usine-digitale.fr", "10-02 16:00",
         "L'IA de la semaine : Mistral Large 4, OpenAI et la puce de Meta",
         "Chaque vendredi, notre newsletter fait le point : le nouveau modèle de Mistral AI, la levée d'OpenAI et la nouvelle puce d'entraînement de Meta."),
    ]),
    # ---------------------------------------------- Mistral AI inaugurates its Essonne datacenter, four days later
    ("mistral-datacenter-essonne", "fresh66", [
        ("lesechos.fr", "10-05 06:45",
         "Mistral AI inaugure son premier datacenter en Essonne",
         "Le site de Bruyères-le-Châtel, équipé de 18 000 puces Nvidia, doit fournir la puissance de calcul de Mistral Compute aux entreprises européennes."),
        ("lemagit.fr", "10-05 12:30",
         "Mistral Compute : le datacenter de Mistral AI entre en service",
         "Le centre de données de 40 MW, construit avec Nvidia et MGX, accueille ses premiers clients, dont BNP Paribas et Orange."),
    ]),
    # ---------------------------------------------- Les Numériques weekend deals, two consecutive weeks
    ("lesnum-bons-plans-1003", "fresh66", [
        ("lesnumeriques.com", "10-03 07:00",
         "Les bons plans du week-end : iPhone 17, TV OLED et aspirateurs robots",
         "Comme chaque samedi, notre sélection des meilleures promotions : l'iPhone 17 à prix cassé, un téléviseur OLED LG à moins de 1 000 euros et un robot Roborock."),
    ]),
    ("lesnum-bons-plans-1010", "fresh66", [
        ("lesnumeriques.com", "10-10 07:00",
         "Les bons plans du week-end : iPhone 17, casques et TV OLED",
         "Comme chaque samedi, notre sélection des meilleures promotions : l'iPhone 17 encore moins cher, le casque Sony WH-1000XM6 et un téléviseur OLED Samsung."),
    ]),
    # ---------------------------------------------- two funding rounds on the same day
    ("levee-hexalis", "fresh66", [
        ("lesechos.fr", "10-07 06:00",
         "Cybersécurité : la start-up lyonnaise Hexalis lève 40 millions d'euros",
         "L'éditeur d'une plateforme de détection des attaques sur les identités boucle une série B menée par Eurazeo pour accélérer aux États-Unis."),
        ("journaldunet.com", "10-07 10:20",
         "Hexalis boucle une série B de 40 M€",
         "La jeune pousse lyonnaise, qui protège les annuaires Active Directory et Entra ID, compte recruter 120 personnes d'ici deux ans."),
    ]),
    ("levee-veriflow", "fresh66", [
        ("lesechos.fr", "10-07 06:15",
         "Veriflow lève 25 millions d'euros pour automatiser la conformité des entreprises",
         "La start-up parisienne, qui aide les directions juridiques à suivre les obligations réglementaires, réalise une série B menée par Partech."),
        ("usine-digitale.fr", "10-07 11:00",
         "Veriflow, la pépite de la regtech, lève 25 M€",
         "La start-up parisienne utilise des modèles de langage pour cartographier les exigences du RGPD, de NIS 2 et de l'AI Act."),
    ]),
    # ---------------------------------------------- public sector: SNCF Connect down on Christmas ticket day
    ("sncf-connect-outage", "fresh66", [
        ("bfmtv.com", "10-14 08:30",
         "Ouverture des ventes de Noël : SNCF Connect en panne",
         "L'application et le site de la SNCF sont restés inaccessibles plus de deux heures mercredi matin, jour d'ouverture des réservations pour les fêtes."),
        ("01net.com", "10-14 12:00",
         "Billets de Noël : le site de la SNCF n'a pas tenu le choc",
         "Files d'attente virtuelles et messages d'erreur : l'afflux de voyageurs a fait tomber SNCF Connect, qui promet des billets au même prix."),
    ]),
    # ---------------------------------------------- Eutelsat wins IRIS² contract
    ("eutelsat-iris2-contract", "fresh66", [
        ("latribune.fr", "10-14 07:00",
         "IRIS² : Eutelsat décroche un contrat de 2,1 milliards d'euros",
         "L'opérateur satellitaire fournira l'infrastructure sol et une partie des satellites en orbite basse de la constellation européenne."),
        ("usine-digitale.fr", "10-14 13:15",
         "Constellation IRIS² : Bruxelles confie un gros lot à Eutelsat",
         "La Commission européenne attribue à Eutelsat un contrat de 2,1 Md€, une bouffée d'oxygène pour le concurrent européen de Starlink."),
    ]),
    # ---------------------------------------------- CNIL fines Bouygues Telecom for the 2025 leak
    ("cnil-fine-bouygues", "fresh66", [
        ("next.ink", "10-15 09:40",
         "La CNIL inflige 28 millions d'euros d'amende à Bouygues Telecom",
         "La commission sanctionne l'opérateur pour la fuite de données qui avait touché 6,4 millions de clients à l'été 2025, jugeant ses mesures de sécurité insuffisantes."),
        ("zdnet.fr", "10-15 12:05",
         "Fuite de l'été 2025 : Bouygues Telecom sanctionné par la CNIL",
         "L'autorité reproche à l'opérateur une authentification trop faible sur ses outils internes ; l'amende s'élève à 28 M€."),
        ("lefigaro.fr", "10-15 16:20",
         "Données personnelles : amende record pour un opérateur télécoms",
         "Bouygues Telecom devra payer 28 millions d'euros, la plus lourde sanction prononcée par la CNIL contre un opérateur français."),
    ]),
    # ---------------------------------------------- Next weekly digest #42
    ("next-hebdo-42", "fresh66", [
        ("next.ink", "10-17 08:00",
         "Hebdo #42 : amende pour Bouygues Telecom, Windows qui ne démarre plus et SNCF Connect",
         "Chaque samedi, notre sélection : la sanction de la CNIL, la mise à jour de Windows qui bloque les PC et la panne de la SNCF."),
    ]),
    # ---------------------------------------------- Free Mobile price rise
    ("free-mobile-price-rise", "fresh66", [
        ("frandroid.com", "10-19 09:00",
         "Free Mobile augmente le prix de son forfait 5G de 2 euros",
         "Les abonnés au forfait Free 5G passeront de 19,99 à 21,99 euros par mois à partir de décembre, en échange de 50 Go supplémentaires."),
        ("numerama.com", "10-19 14:30",
         "Hausse de prix chez Free Mobile : ce que vous pouvez faire",
         "L'opérateur prévient ses clients par SMS ; ceux qui refusent la hausse peuvent résilier sans frais pendant quatre mois."),
    ]),
    # ---------------------------------------------- SFR raises its box prices the next day
    ("sfr-box-price-rise", "fresh66", [
        ("frandroid.com", "10-20 10:10",
         "SFR augmente le prix de ses box de 3 euros par mois",
         "L'opérateur au carré rouge relève les tarifs de ses offres fibre pour 4 millions d'abonnés, en invoquant « l'enrichissement des services »."),
        ("01net.com", "10-20 15:45",
         "Box SFR : une hausse de tarif en janvier",
         "Les abonnés fixes de SFR paieront 3 euros de plus dès janvier ; une résiliation sans frais est possible."),
    ]),
    # ---------------------------------------------- ransomware at CHU de Nantes
    ("ransomware-chu-nantes", "fresh66", [
        ("lemagit.fr", "10-20 08:50",
         "Cyberattaque : le CHU de Nantes paralysé par un rançongiciel",
         "Le centre hospitalier universitaire de Nantes fonctionne en mode dégradé depuis la nuit de lundi à mardi après le chiffrement d'une partie de ses serveurs."),
        ("numerama.com", "10-20 11:15",
         "« Retour au papier et au crayon » aux urgences nantaises",
         "Les soignants de l'hôpital universitaire de Loire-Atlantique travaillent sans dossier informatisé depuis une attaque informatique ; des opérations sont déprogrammées."),
        ("01net.com", "10-20 16:00",
         "Le CHU de Nantes visé par des pirates, l'ANSSI mobilisée",
         "Une cyberattaque par ransomware a contraint l'établissement à transférer certains patients ; une plainte a été déposée."),
        ("zdnet.fr", "10-21 09:30",
         "Qilin revendique l'attaque contre le CHU de Nantes",
         "Le groupe de rançongiciel affirme avoir dérobé 400 Go de données et menace de les publier sous huit jours."),
    ]),
    # ---------------------------------------------- ransomware at the hospital of Arles two days later
    ("ransomware-ch-arles", "fresh66", [
        ("lemagit.fr", "10-22 10:05",
         "Le centre hospitalier d'Arles à son tour frappé par un rançongiciel",
         "Deux jours après le CHU de Nantes, l'hôpital Joseph-Imbert d'Arles a déclenché son plan blanc à la suite d'une attaque informatique."),
        ("bfmtv.com", "10-22 14:40",
         "Cyberattaque à l'hôpital d'Arles : les urgences réorientées",
         "L'établissement des Bouches-du-Rhône demande aux patients de se rendre à Nîmes ou Avignon ; l'origine de l'attaque n'est pas connue."),
    ]),
    # ---------------------------------------------- STMicroelectronics delays Crolles extension
    ("stmicro-crolles-delay", "fresh66", [
        ("usine-digitale.fr", "10-22 09:00",
         "STMicroelectronics repousse l'extension de son usine de Crolles",
         "Le fabricant franco-italien de semi-conducteurs décale à 2029 la montée en cadence de sa ligne 300 mm, faute de demande dans l'automobile."),
        ("latribune.fr", "10-22 17:30",
         "Crolles : le coup de frein de ST inquiète l'Isère",
         "Le report de l'extension de l'usine iséroise, soutenue par 2,9 milliards d'aides publiques, interroge élus et syndicats."),
    ]),
    # ---------------------------------------------- ZDNet weekly cyber digest, two consecutive weeks
    ("zdnet-semaine-cyber-w43", "fresh66", [
        ("zdnet.fr", "10-23 17:30",
         "La semaine cyber : hôpitaux attaqués, Qilin et faille Fortinet",
         "Les rançongiciels contre les hôpitaux de Nantes et d'Arles, les revendications de Qilin et une faille critique chez Fortinet : notre récapitulatif hebdomadaire."),
    ]),
    ("zdnet-semaine-cyber-w44", "fresh66", [
        ("zdnet.fr", "10-30 17:30",
         "La semaine cyber : données du CHU de Nantes publiées, Cisco et phishing",
         "Qilin met ses menaces à exécution, Cisco corrige une faille critique et une campagne d'hameçonnage vise les clients de banques : notre récapitulatif hebdomadaire."),
    ]),
    # ---------------------------------------------- Orange Q3
    ("orange-q3-2026", "fresh66", [
        ("lesechos.fr", "10-28 06:35",
         "Orange maintient ses objectifs malgré un troisième trimestre terne en France",
         "L'opérateur historique voit son chiffre d'affaires français reculer de 0,8 %, compensé par la croissance en Afrique et au Moyen-Orient."),
        ("latribune.fr", "10-28 09:50",
         "Orange : chiffre d'affaires stable au T3, l'Afrique en soutien",
         "Le groupe de Christel Heydemann publie des revenus trimestriels de 10,1 milliards d'euros et confirme sa prévision de cash-flow."),
    ]),
    # ---------------------------------------------- Microsoft 365: Outlook outage
    ("m365-outlook-outage", "fresh66", [
        ("01net.com", "11-04 09:40",
         "Outlook en panne : des millions d'utilisateurs privés de messagerie",
         "Depuis le début de matinée, Outlook.com et la version web d'Exchange Online sont inaccessibles pour de nombreux utilisateurs en Europe."),
        ("silicon.fr", "11-04 11:15",
         "Outage géant pour Outlook",
         "Microsoft 365 a connu une interruption de plusieurs heures de sa messagerie ; l'éditeur évoque un changement de configuration défectueux."),
        ("lemondeinformatique.fr", "11-04 15:30",
         "Microsoft 365 : la messagerie Exchange Online rétablie après cinq heures de panne",
         "Le géant de Redmond a annulé une modification de son infrastructure d'authentification à l'origine de l'incident."),
        ("lemagit.fr", "11-05 08:45",
         "Panne d'Exchange Online : les premières explications de Microsoft",
         "Dans son rapport préliminaire, Microsoft attribue la coupure de la veille à une mise à jour de certificats déployée trop vite."),
    ]),
    # ---------------------------------------------- Iliad Q3 (look-alike of Orange Q3)
    ("iliad-q3-2026", "fresh66", [
        ("lesechos.fr", "11-05 06:30",
         "Iliad gagne encore des abonnés au troisième trimestre",
         "La maison mère de Free revendique 150 000 nouveaux abonnés fibre et un chiffre d'affaires en hausse de 5 % en France."),
    ]),
    # ---------------------------------------------- Ubisoft RCC at the Paris headquarters
    ("ubisoft-rcc-paris", "fresh66", [
        ("lefigaro.fr", "11-09 08:00",
         "Ubisoft lance un plan de départs volontaires à son siège",
         "L'éditeur de jeux vidéo propose une rupture conventionnelle collective à 200 salariés de Saint-Mandé, dans le cadre de son plan d'économies."),
        ("numerama.com", "11-09 12:30",
         "Ubisoft veut supprimer 200 postes en France",
         "Nouvelle vague de réductions d'effectifs chez l'éditeur d'Assassin's Creed, qui vise son siège social en région parisienne."),
    ]),
    # ---------------------------------------------- Ubisoft delays the next Assassin's Creed, two days later
    ("ubisoft-ac-delay", "fresh66", [
        ("journaldugeek.com", "11-11 10:00",
         "Assassin's Creed Hexe repoussé à 2027",
         "Ubisoft décale de six mois la sortie de son prochain épisode, attendu initialement pour mars ; l'action chute de 9 %."),
        ("bfmtv.com", "11-11 15:20",
         "Ubisoft reporte son prochain Assassin's Creed, la Bourse sanctionne",
         "L'éditeur français a annoncé mercredi le report de son jeu phare, ce qui l'oblige à revoir ses objectifs annuels."),
    ]),
    # ---------------------------------------------- Microsoft Teams outage, six days after Outlook
    ("teams-outage", "fresh66", [
        ("01net.com", "11-10 14:20",
         "Teams en panne : impossible de rejoindre des réunions",
         "Depuis la fin de matinée, de nombreux utilisateurs de Microsoft Teams en Europe ne parviennent plus à se connecter aux appels."),
        ("clubic.com", "11-10 17:00",
         "Microsoft Teams tombe pendant trois heures",
         "L'outil de visioconférence de Microsoft a connu un incident sur son service d'appels ; les messages écrits fonctionnaient toujours."),
    ]),
    # ---------------------------------------------- Orange mobile outage, then minister's reaction
    ("orange-mobile-outage", "fresh66", [
        ("bfmtv.com", "11-12 09:15",
         "Panne géante du réseau mobile d'Orange dans toute la France",
         "Depuis l'aube, des millions d'abonnés d'Orange et de Sosh ne peuvent plus passer d'appels ni envoyer de SMS ; les numéros d'urgence sont perturbés."),
        ("frandroid.com", "11-12 11:00",
         "Orange : le réseau mobile rétabli après six heures de coupure",
         "L'opérateur annonce un retour progressif à la normale ; la 4G et la 5G restaient instables en fin de matinée dans plusieurs régions."),
        ("lefigaro.fr", "11-12 18:40",
         "« Une erreur humaine » : l'opérateur historique explique sa panne",
         "Une modification logicielle sur le cœur de réseau mobile aurait provoqué la coupure géante de jeudi, selon la direction technique."),
        ("lesechos.fr", "11-13 07:30",
         "Panne d'Orange : la ministre du Numérique convoque l'opérateur",
         "Au lendemain de la coupure du réseau mobile, le gouvernement demande des explications sur l'accès aux numéros d'urgence pendant l'incident."),
    ]),
    # ---------------------------------------------- Amazon announces its Black Friday dates (news)
    ("amazon-black-friday-dates", "fresh66", [
        ("clubic.com", "11-12 10:30",
         "Amazon dévoile les dates de son Black Friday 2026",
         "Le géant du commerce en ligne lancera ses promotions le 20 novembre, une semaine avant le vendredi noir, jusqu'au Cyber Monday."),
        ("journaldugeek.com", "11-12 13:50",
         "Black Friday : Amazon commencera dès le 20 novembre",
         "Le site américain étale à nouveau son opération sur dix jours en France et promet des offres éclair réservées aux abonnés Prime."),
    ]),
    # ---------------------------------------------- CAF data leak
    ("caf-data-leak", "fresh66", [
        ("next.ink", "11-17 09:00",
         "Fuite de données à la CAF : des millions d'allocataires concernés",
         "Un pirate revendique la copie de la base de données des allocataires ; la Caisse nationale des allocations familiales confirme un accès frauduleux."),
        ("numerama.com", "11-17 11:40",
         "Les données de 8 millions d'allocataires de la CAF en vente",
         "Noms, adresses, numéros de sécurité sociale : un fichier issu des systèmes de la CAF circule sur un forum de pirates."),
        ("01net.com", "11-17 15:10",
         "Fuite CAF : comment savoir si vous êtes touché",
         "La Caisse d'allocations familiales va prévenir individuellement les personnes concernées ; voici les précautions à prendre."),
        ("lemondeinformatique.fr", "11-18 09:20",
         "CAF : le compte d'un agent à l'origine de la fuite",
         "L'intrusion aurait été réalisée avec les identifiants volés d'un agent d'une caisse départementale, sans double authentification."),
    ]),
    # ---------------------------------------------- European Parliament adopts the digital omnibus (AI Act delay)
    ("ai-act-omnibus-vote", "fresh66", [
        ("next.ink", "11-18 16:00",
         "AI Act : le Parlement européen adopte le report des obligations",
         "Les eurodéputés ont voté l'omnibus numérique qui décale à fin 2027 l'application des règles sur les systèmes d'IA à haut risque."),
        ("usine-digitale.fr", "11-19 08:30",
         "Omnibus numérique : Strasbourg donne un an de répit aux entreprises",
         "Le texte adopté mercredi repousse les obligations de l'AI Act et assouplit certaines règles du RGPD ; les associations dénoncent un recul."),
    ]),
    # ---------------------------------------------- Bouygues Telecom appeals the CNIL fine, five weeks later
    ("bouygues-cnil-appeal", "fresh66", [
        ("next.ink", "11-19 10:10",
         "Bouygues Telecom conteste son amende de la CNIL devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction de 28 millions d'euros prononcée en octobre, qu'il juge disproportionnée."),
        ("zdnet.fr", "11-19 14:00",
         "Amende de 28 M€ : Bouygues Telecom fait appel",
         "L'opérateur estime avoir été « lui-même victime » de la cyberattaque de 2025 et demande l'annulation de la sanction."),
    ]),
    # ---------------------------------------------- Black Friday deals post (Amazon's first offers)
    ("frandroid-bf-amazon-first-deals", "fresh66", [
        ("frandroid.com", "11-20 09:30",
         "Black Friday Amazon : les premières offres à ne pas manquer",
         "Le Black Friday d'Amazon commence aujourd'hui : Galaxy S26, AirPods Pro 3, Kindle... notre sélection des meilleures promotions tech."),
    ]),
    # ---------------------------------------------- Apple: EU DMA fine
    ("apple-dma-fine", "fresh66", [
        ("lesechos.fr", "11-23 07:20",
         "Bruxelles inflige 800 millions d'euros d'amende à Apple au titre du DMA",
         "La Commission européenne sanctionne la firme de Cupertino pour avoir entravé les boutiques d'applications concurrentes sur l'iPhone."),
        ("numerama.com", "11-23 12:40",
         "DMA : Apple lourdement condamné par la Commission européenne",
         "Les conditions imposées aux boutiques alternatives violent le règlement sur les marchés numériques, estime Bruxelles. Apple annonce faire appel."),
    ]),
    # ---------------------------------------------- Orange Business RCC, scoop by L'Informé
    ("orange-business-departs", "fresh66", [
        ("linforme.com", "11-23 06:00",
         "Orange Business prépare un nouveau plan de départs",
         "Selon nos informations, la branche entreprises d'Orange va proposer une rupture conventionnelle collective à environ 650 salariés en 2027."),
        ("silicon.fr", "11-23 10:40",
         "Orange Business : 650 départs volontaires envisagés, selon L'Informé",
         "La filiale de services aux entreprises de l'opérateur poursuivrait sa transformation avec une nouvelle RCC, après celle de 2024."),
        ("lemondeinformatique.fr", "11-23 15:00",
         "Nouvelle cure d'amaigrissement chez Orange Business",
         "La division entreprises de l'opérateur historique voudrait réduire ses effectifs de 650 personnes, rapporte L'Informé. La direction ne confirme pas."),
    ]),
    # ---------------------------------------------- CNIL sanctions France Travail (another fine, another body)
    ("cnil-france-travail", "fresh66", [
        ("next.ink", "11-24 09:30",
         "La CNIL sanctionne France Travail pour la fuite de 2024",
         "L'opérateur public de l'emploi écope d'un rappel à l'ordre public et d'une injonction à renforcer la sécurité de ses accès partenaires."),
    ]),
    # ---------------------------------------------- Paris court of appeal upholds the ATT fine against Apple
    ("apple-att-appeal-ruling", "fresh66", [
        ("lemondeinformatique.fr", "11-25 11:30",
         "La cour d'appel de Paris confirme l'amende de 150 M€ infligée à Apple",
         "La juridiction valide la sanction prononcée en 2025 par l'Autorité de la concurrence pour l'outil de consentement App Tracking Transparency."),
        ("lefigaro.fr", "11-25 17:10",
         "App Tracking Transparency : Apple perd son recours en France",
         "La justice donne raison à l'Autorité de la concurrence, qui reprochait au groupe américain d'avoir désavantagé les éditeurs d'applications tiers."),
    ]),
    # ---------------------------------------------- Arcep fibre observatory
    ("arcep-fibre-t3", "fresh66", [
        ("next.ink", "11-26 10:00",
         "Fibre : 92 % des locaux raccordables, selon l'Arcep",
         "L'observatoire trimestriel du régulateur montre un ralentissement des déploiements, avec 1,2 million de nouvelles prises au troisième trimestre."),
    ]),
    # ---------------------------------------------- Clubic live Black Friday deals post
    ("clubic-black-friday-live", "fresh66", [
        ("clubic.com", "11-27 06:00",
         "Black Friday 2026 : les meilleures offres en direct",
         "C'est le jour J : nous actualisons toute la journée notre sélection des meilleures promotions chez Amazon, Fnac, Darty et Cdiscount."),
    ]),
    # ---------------------------------------------- Nothing Phone (4)
    ("nothing-phone-4", "fresh66", [
        ("frandroid.com", "09-03 16:00",
         "Nothing Phone (4) officiel : le design transparent passe à la vitesse supérieure",
         "La marque de Carl Pei dévoile son nouveau smartphone, vendu 549 euros, avec une interface Glyph repensée et un Snapdragon 8s Gen 5."),
    ]),
    # ---------------------------------------------- Scaleway opens a region in Frankfurt
    ("scaleway-frankfurt", "fresh66", [
        ("silicon.fr", "09-02 10:30",
         "Scaleway ouvre une région cloud à Francfort",
         "La filiale cloud d'Iliad inaugure sa première région allemande, dotée de GPU H200 pour l'entraînement de modèles d'IA."),
    ]),
    # ---------------------------------------------- Qonto gets a banking licence
    ("qonto-banking-licence", "fresh66", [
        ("journaldunet.com", "09-30 09:15",
         "Qonto obtient sa licence bancaire",
         "La néobanque des PME et indépendants devient un établissement de crédit et pourra proposer des prêts à ses 600 000 clients."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
