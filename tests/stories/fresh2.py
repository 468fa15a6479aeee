"""A second fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, and measured
once, on the code of 2026-12-01 after the rules that `fresh.py` led to: precision 0.909,
recall 0.353 (the code before those rules: 1.000 / 0.341). Its one wrong merge, "Après Fnac
Darty, Decathlon touché à son tour", added "à son tour" to the titles that say it happens
again; since then this set is no longer held out either. Same format as `labelled.py` and `fresh.py`; every event's half is "fresh2".
Each event is one real-world happening: articles of one event are the same story (a follow-up
the next day included), every other pair is not. About half the multi-article events are
everyday rewordings that share the firm and a few facts; the others are told in very different
words (no company name, an acronym, a nickname, an English word, "selon L'Informé").
Hard negatives are look-alikes on purpose: two outages of one operator three days apart, a
firm's results then its job cuts the next day, two retailers' data leaks the same week, two
funding rounds the same day, one regulator and two firms (Arcep, Bruxelles), a launch and a
recall by one vendor, two strikes the same week, two Patch Tuesdays, two GPU clouds the same
week, two firms' results the same day, and weekly roundups that must merge with nothing.
Times are UTC, July and August 2026, so nothing overlaps `labelled.py` or `fresh.py`.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ two strikes, two firms, one week
    ("st-crolles-strike", "fresh2", [
        ("lesechos.fr", "07-01 07:10", "STMicroelectronics : grève sur le site de Crolles, la production ralentie",
         "À l'appel de l'intersyndicale, une partie des opérateurs de l'usine iséroise de STMicroelectronics a cessé le travail mardi soir. La direction assure que les lignes tournent au ralenti sans être arrêtées."),
        ("usine-digitale.fr", "07-01 11:30", "Mouvement social chez ST à Crolles : les salariés réclament 6 % d'augmentation",
         "Le fabricant franco-italien de semi-conducteurs fait face à un débrayage dans sa principale usine française, où les syndicats jugent insuffisante l'enveloppe de 2,5 % mise sur la table lors des NAO."),
        ("lemondeinformatique.fr", "07-02 09:00", "Le conflit social s'enlise dans l'usine de puces de Crolles",
         "Au deuxième jour de grève, aucune reprise des négociations n'est prévue entre la direction et la CFDT et la CGT, qui dénoncent aussi la remise en cause des primes d'équipe de nuit."),
    ]),
    ("atos-strike", "fresh2", [
        ("lemagit.fr", "07-02 10:20", "Atos : les salariés de l'infogérance en grève contre le projet de cession",
         "Plusieurs centaines de salariés d'Atos ont répondu jeudi à l'appel de la CGT et de la CFE-CGC pour protester contre la vente envisagée des activités d'infogérance en France."),
        ("next.ink", "07-02 14:45", "Débrayage chez Atos, les syndicats craignent un démantèlement",
         "Rassemblements aux Clayes-sous-Bois et à Bezons : les représentants du personnel du groupe informatique redoutent des suppressions d'emplois si l'infogérance passe aux mains d'un fonds."),
    ]),
    # ------------------------------------------------ SNCF Connect on a holiday weekend
    ("sncf-connect-outage", "fresh2", [
        ("bfmtv.com", "07-03 16:40", "Départs en vacances : l'appli SNCF Connect en panne, impossible d'acheter un billet",
         "Depuis le début de l'après-midi, l'application et le site de la SNCF affichent un message d'erreur, en plein week-end de grands départs. La compagnie conseille de se rendre aux guichets."),
        ("01net.com", "07-03 17:25", "SNCF Connect ne fonctionne plus : ce que l'on sait de la panne",
         "Connexion impossible, paiements refusés, e-billets introuvables : des milliers d'usagers signalent des dysfonctionnements sur le service de réservation du groupe ferroviaire."),
        ("frandroid.com", "07-03 18:10", "SNCF Connect down : vos billets de train restent valables",
         "Bonne nouvelle pour ceux qui partent ce week-end : les titres déjà achetés restent valables même s'ils n'apparaissent plus dans l'application, précise la SNCF. Gardez votre e-mail de confirmation."),
        ("lefigaro.fr", "07-04 08:30", "Billetterie en ligne hors service : la SNCF met en cause un prestataire",
         "Le service a été rétabli dans la nuit de vendredi à samedi. L'entreprise attribue la coupure de SNCF Connect à une mise à jour défectueuse déployée par un fournisseur de paiement."),
    ]),
    # ------------------------------------------------ Bouygues Telecom: two outages, three days apart
    ("bouygues-mobile-outage-07-07", "fresh2", [
        ("bfmtv.com", "07-07 08:15", "Bouygues Telecom en panne : appels et données mobiles coupés dans toute la France",
         "Depuis 6 heures ce mardi, de nombreux abonnés de Bouygues Telecom ne parviennent plus à téléphoner ni à se connecter à Internet depuis leur smartphone."),
        ("frandroid.com", "07-07 09:00", "Panne Bouygues Telecom : le réseau mobile est down, l'opérateur s'explique",
         "Plus de 40 000 signalements en une heure sur Downdetector. Bouygues Telecom reconnaît « un incident sur son cœur de réseau » et dit travailler à un rétablissement rapide."),
        ("clubic.com", "07-07 11:40", "Panne mobile géante : l'opérateur de Martin Bouygues annonce un retour progressif",
         "Après près de cinq heures d'interruption, les appels et la 4G reviennent peu à peu. Les clients des forfaits B&You, également touchés, retrouvent eux aussi le réseau."),
        ("lemondeinformatique.fr", "07-08 09:20", "Bouygues Telecom attribue sa panne nationale à une mise à jour logicielle",
         "L'opérateur explique la coupure de mardi par un correctif déployé sur des équipements de cœur de réseau. Un geste commercial sera proposé aux abonnés mobiles concernés."),
    ]),
    ("bouygues-bbox-outage-07-10", "fresh2", [
        ("frandroid.com", "07-10 19:30", "Bouygues Telecom : nouvelle panne, la Bbox cette fois",
         "Trois jours après la coupure de son réseau mobile, l'opérateur fait face à une panne de ses box Internet en Île-de-France et dans les Hauts-de-France."),
        ("01net.com", "07-10 21:05", "Internet et télé coupés pour des abonnés Bbox ce vendredi soir",
         "Des clients fibre de Bouygues Telecom sont privés de connexion depuis la fin d'après-midi. L'opérateur évoque un incident sur un équipement de collecte régional."),
    ]),
    # ------------------------------------------------ two funding rounds, the same day
    ("pennylane-funding", "fresh2", [
        ("lesechos.fr", "07-08 05:45", "Pennylane lève 150 millions d'euros et double sa valorisation",
         "Le logiciel de comptabilité pour PME, désormais valorisé 4 milliards d'euros, boucle un nouveau tour de table mené par un fonds américain pour accélérer en Allemagne et en Italie."),
        ("journaldunet.com", "07-08 08:20", "Pennylane boucle un tour de 150 M€ et vise l'Europe",
         "La fintech française, qui revendique 500 000 entreprises clientes, va recruter 300 personnes et ouvrir des bureaux à Berlin et Milan d'ici à la fin de l'année."),
        ("usine-digitale.fr", "07-08 10:30", "Comptabilité : nouveau méga-tour de table pour la licorne parisienne Pennylane",
         "Avec ces 150 millions d'euros, la start-up entend aussi muscler ses fonctions d'IA, capables de pré-remplir les écritures et de préparer la facturation électronique obligatoire."),
    ]),
    ("nabla-funding", "fresh2", [
        ("usine-digitale.fr", "07-08 12:15", "Santé : Nabla lève 70 millions de dollars pour son assistant médical à base d'IA",
         "La start-up parisienne, dont l'outil rédige automatiquement les comptes rendus de consultation, veut accélérer son implantation aux États-Unis."),
        ("lesechos.fr", "07-08 14:00", "IA médicale : Nabla convainc de nouveaux investisseurs",
         "La jeune pousse française, qui revendique 85 000 médecins utilisateurs, réunit 70 millions de dollars auprès de fonds européens et américains."),
    ]),
    # ------------------------------------------------ OVHcloud quarterly revenue
    ("ovhcloud-q3-revenue", "fresh2", [
        ("lemagit.fr", "07-09 17:45", "OVHcloud : une croissance de 9 % au troisième trimestre",
         "Le chiffre d'affaires trimestriel de l'hébergeur roubaisien atteint 282 millions d'euros, tiré par le cloud public, qui progresse de 18 %."),
        ("lesechos.fr", "07-10 06:30", "Porté par le cloud public, OVHcloud relève son objectif de marge",
         "Le groupe fondé par Octave Klaba vise désormais une marge d'Ebitda ajustée supérieure à 40 % sur l'exercice, grâce à la demande en infrastructures souveraines."),
    ]),
    # ------------------------------------------------ weekly roundups of weeks 28 and 29
    ("lemagit-essentiel-w28", "fresh2", [
        ("lemagit.fr", "07-10 16:30", "L'essentiel de la semaine : Bouygues Telecom à l'arrêt, Pennylane à 4 milliards",
         "Panne nationale du réseau mobile de Bouygues Telecom, nouvelle levée de fonds pour Pennylane, trimestre solide pour OVHcloud : retour sur ce qu'il fallait retenir cette semaine."),
    ]),
    ("next-hebdo-28", "fresh2", [
        ("next.ink", "07-11 07:00", "Next Hebdo #28 : coupures en série et gros chèques",
         "Cette semaine : la panne géante de Bouygues Telecom, puis celle des Bbox, la billetterie de la SNCF hors service le week-end dernier, 150 millions pour Pennylane et 70 millions de dollars pour Nabla."),
    ]),
    # ------------------------------------------------ Patch Tuesday, July
    ("patch-tuesday-july", "fresh2", [
        ("lemondeinformatique.fr", "07-14 19:30", "Microsoft comble 94 vulnérabilités pour son Patch Tuesday estival",
         "Le lot de correctifs de juillet corrige 94 failles dans Windows, Office et SharePoint Server, dont deux zero-day déjà exploitées par des attaquants."),
        ("zdnet.fr", "07-14 21:10", "Mises à jour Windows de juillet : deux failles déjà exploitées à corriger d'urgence",
         "Une élévation de privilèges dans le noyau et un contournement de SmartScreen font l'objet d'attaques actives. Microsoft recommande d'appliquer les correctifs sans attendre."),
        ("silicon.fr", "07-15 08:40", "Patch Tuesday : SharePoint et Hyper-V en tête des priorités de juillet",
         "Parmi les 94 CVE traitées par Microsoft ce mois-ci, 12 sont jugées critiques. Les administrateurs doivent d'abord viser les serveurs SharePoint exposés et les hôtes Hyper-V."),
    ]),
    # ------------------------------------------------ Bruxelles and the DSA: X fined, then TikTok probed
    ("eu-dsa-x-fine", "fresh2", [
        ("lefigaro.fr", "07-15 12:10", "Bruxelles inflige une amende de 480 millions d'euros à X au titre du DSA",
         "La Commission européenne sanctionne le réseau social d'Elon Musk pour ses coches bleues trompeuses, l'opacité de son registre publicitaire et le refus d'ouvrir ses données aux chercheurs."),
        ("numerama.com", "07-15 13:30", "Le réseau social d'Elon Musk va devoir payer le prix fort en Europe",
         "Après deux ans et demi d'enquête, la Commission conclut que la plateforme a enfreint le règlement sur les services numériques. Elle a 90 jours pour se mettre en conformité."),
        ("bfmtv.com", "07-15 15:00", "X condamné à 480 millions d'euros d'amende par l'UE : Elon Musk crie à la « censure »",
         "Le milliardaire a réagi en quelques minutes à la sanction prononcée par Bruxelles, promettant de la contester devant la justice européenne."),
        ("lesechos.fr", "07-16 06:00", "Amende contre X : Washington menace l'Europe de représailles",
         "Au lendemain de la sanction infligée par la Commission au réseau social, l'administration américaine évoque des mesures de rétorsion commerciales contre l'Union."),
    ]),
    ("eu-dsa-tiktok-probe", "fresh2", [
        ("next.ink", "07-17 11:00", "DSA : Bruxelles ouvre une enquête formelle sur TikTok et la protection des mineurs",
         "La Commission soupçonne la plateforme de ne pas évaluer correctement les risques de son fil « Pour toi » pour les plus jeunes et de mal vérifier leur âge."),
        ("lefigaro.fr", "07-17 13:20", "TikTok dans le viseur de la Commission européenne pour son algorithme jugé addictif",
         "Deux jours après l'amende infligée à X, Bruxelles lance une nouvelle procédure au titre du règlement sur les services numériques, visant cette fois l'application chinoise."),
    ]),
    # ------------------------------------------------ two GPU clouds the same week
    ("mistral-compute-datacenter", "fresh2", [
        ("lesechos.fr", "07-16 06:00", "Mistral AI inaugure son premier datacenter en Essonne",
         "La start-up française met en service à Bruyères-le-Châtel un centre de calcul de 40 mégawatts équipé de 18 000 puces Nvidia, premier jalon de son offre Mistral Compute."),
        ("usine-digitale.fr", "07-16 09:30", "Mistral Compute : le champion français de l'IA allume ses premiers GPU",
         "Annoncé il y a un an, le cloud de calcul de Mistral AI entre en production. Il doit servir à entraîner ses propres modèles et à louer de la capacité à des clients européens."),
        ("latribune.fr", "07-16 11:00", "IA souveraine : 18 000 processeurs Nvidia entrent en service au sud de Paris",
         "Le créateur du Chat met en route son propre centre de données, une première pour un développeur de modèles européen. L'État y voit une pièce maîtresse de sa stratégie."),
        ("silicon.fr", "07-16 15:20", "Mistral AI ouvre son cloud GPU aux entreprises",
         "Banques, industriels et administrations peuvent désormais réserver de la puissance de calcul hébergée en France, avec une facturation à la semaine ou au mois."),
    ]),
    ("scaleway-gpu-cluster", "fresh2", [
        ("lemagit.fr", "07-17 09:10", "Scaleway met en ligne un cluster de 1 000 GPU Blackwell Ultra",
         "Le cloud du groupe Iliad ouvre dans son datacenter de Saint-Ouen une grappe de puces Nvidia B300 réservée à l'entraînement de modèles, louable par tranches de 64 GPU."),
        ("next.ink", "07-17 12:40", "Scaleway : des B300 à la demande, facturés à l'heure",
         "La filiale d'Iliad affiche un tarif horaire par GPU inférieur à celui des hyperscalers américains et promet une disponibilité sans engagement dès la fin du mois."),
    ]),
    ("next-hebdo-29", "fresh2", [
        ("next.ink", "07-18 07:00", "Next Hebdo #29 : le DSA frappe X, Mistral allume ses GPU",
         "Au menu : l'amende record infligée par Bruxelles au réseau social d'Elon Musk, l'enquête qui vise TikTok, le datacenter de Mistral AI en Essonne, les B300 de Scaleway et le Patch Tuesday de juillet."),
    ]),
    # ------------------------------------------------ Qonto becomes a bank
    ("qonto-banking-licence", "fresh2", [
        ("lesechos.fr", "07-20 06:00", "Qonto décroche enfin sa licence bancaire",
         "La néobanque des PME a obtenu le feu vert de la BCE et de l'ACPR. Elle pourra proposer des crédits à ses 600 000 clients dès le début de 2027."),
        ("journaldunet.com", "07-20 10:00", "Qonto devient une banque à part entière",
         "Jusqu'ici établissement de paiement, la fintech fondée par Alexandre Prot et Steve Anavi pourra désormais prêter et conserver elle-même les dépôts de ses clients."),
        ("bfmtv.com", "07-20 12:30", "La BCE accorde à la néobanque Qonto un agrément d'établissement de crédit",
         "Trois ans après avoir déposé sa demande, la licorne française franchit une étape clé et compte lancer des prêts de trésorerie pour les indépendants et les PME."),
    ]),
    # ------------------------------------------------ Arcep: Orange on notice, then XpFibre fined
    ("arcep-orange-copper", "fresh2", [
        ("lesechos.fr", "07-21 06:30", "L'Arcep met en demeure Orange sur la fermeture du réseau cuivre",
         "Le régulateur des télécoms reproche à l'opérateur historique de ne pas respecter les délais de prévenance prévus pour l'extinction de l'ADSL dans 160 communes."),
        ("next.ink", "07-21 14:00", "Fermeture du cuivre : l'Arcep rappelle Orange à l'ordre",
         "Des habitants ont vu leur ligne ADSL coupée alors que la fibre n'était pas disponible chez eux. Orange a trois mois pour corriger le tir, sous peine de sanction."),
        ("01net.com", "07-21 17:15", "ADSL coupé trop tôt : le gendarme des télécoms sermonne l'opérateur historique",
         "Dans une décision publiée mardi, l'autorité exige d'Orange qu'il suspende la fermeture du réseau téléphonique historique là où aucune solution de remplacement n'existe."),
    ]),
    ("arcep-xpfibre-fine", "fresh2", [
        ("next.ink", "07-23 10:30", "L'Arcep inflige une amende de 1,5 million d'euros à XpFibre",
         "Le gendarme des télécoms sanctionne l'opérateur d'infrastructures, filiale de SFR, pour la mauvaise qualité de ses réseaux de fibre optique dans plusieurs départements."),
        ("lemondeinformatique.fr", "07-23 15:00", "Qualité des réseaux fibre : XpFibre sanctionné par le régulateur",
         "Armoires de rue dégradées, raccordements « spaghetti », pannes à répétition : l'Arcep estime que la filiale de SFR n'a pas tenu les engagements pris il y a deux ans."),
    ]),
    # ------------------------------------------------ Samsung: a launch, then a recall
    ("samsung-unpacked-fold8", "fresh2", [
        ("frandroid.com", "07-22 14:05", "Samsung Galaxy Z Fold 8 officiel : plus fin, plus léger et un capteur de 200 Mpx",
         "Le nouveau pliant de Samsung mesure 8,2 mm une fois fermé et pèse 209 grammes. Il embarque la même caméra principale que le Galaxy S26 Ultra."),
        ("01net.com", "07-22 14:30", "Galaxy Z Fold 8 et Z Flip 8 : prix, date de sortie et fiche technique",
         "Les deux smartphones pliants de Samsung sont disponibles en précommande dès aujourd'hui, à partir de 1 199 € pour le Flip et 2 099 € pour le Fold, avant une sortie le 7 août."),
        ("numerama.com", "07-22 15:10", "On a pris en main le Fold 8, le pliant qui ne veut plus ressembler à un pliant",
         "Format plus large, pli quasi invisible, Galaxy AI partout : nos premières impressions sur le nouveau haut de gamme présenté à l'Unpacked de New York."),
        ("journaldugeek.com", "07-22 16:00", "Unpacked 2026 : le géant coréen dévoile ses nouveaux smartphones pliables",
         "Deux smartphones, une montre et des écouteurs : voici tout ce que Samsung a présenté ce mercredi lors de sa conférence estivale."),
    ]),
    ("samsung-charger-recall", "fresh2", [
        ("01net.com", "07-24 10:00", "Samsung rappelle un chargeur rapide 45 W pour risque de surchauffe",
         "Le constructeur coréen demande aux propriétaires d'un modèle de chargeur vendu entre mars et juin de cesser de l'utiliser ; un remplacement gratuit est proposé."),
        ("frandroid.com", "07-24 11:20", "Rappel produit : ce chargeur Galaxy peut chauffer dangereusement, vérifiez votre modèle",
         "La référence EP-T4511 fait l'objet d'une fiche RappelConso. Samsung l'échange sans frais en boutique ou par courrier, sur présentation du numéro de série."),
    ]),
    # ------------------------------------------------ Dassault Systèmes warns
    ("dassault-systemes-guidance", "fresh2", [
        ("lesechos.fr", "07-23 07:30", "Dassault Systèmes abaisse ses objectifs annuels",
         "L'éditeur de logiciels de conception revoit en baisse sa prévision de croissance du chiffre d'affaires pour 2026, pénalisé par l'attentisme des constructeurs automobiles."),
        ("lemondeinformatique.fr", "07-23 10:15", "3DS révise sa prévision de croissance à la baisse",
         "Au deuxième trimestre, les revenus logiciels de Dassault Systèmes n'ont progressé que de 4 % à taux de change constants. Le groupe table désormais sur 4 à 6 % sur l'année."),
        ("bfmtv.com", "07-23 11:40", "Le CAC 40 plombé par l'éditeur de Catia, qui dévisse de 12 %",
         "Le spécialiste français des logiciels 3D signe la plus forte baisse de l'indice parisien après son avertissement sur la croissance, une première depuis 2020."),
    ]),
    # ------------------------------------------------ Thales and IRIS²
    ("thales-iris2-contract", "fresh2", [
        ("latribune.fr", "07-28 07:00", "IRIS² : Thales Alenia Space décroche la construction des premiers satellites",
         "La coentreprise de Thales et Leonardo remporte un contrat de 1,1 milliard d'euros pour fournir les satellites en orbite moyenne de la future constellation européenne."),
        ("usine-digitale.fr", "07-28 12:00", "Constellation souveraine : Thales fabriquera les satellites d'IRIS² à Cannes et Toulouse",
         "Le consortium SpaceRISE a retenu l'industriel pour 18 satellites. Les premiers lancements restent prévus pour 2030."),
    ]),
    # ------------------------------------------------ results the same day, then Criteo's job cuts
    ("criteo-q2-results", "fresh2", [
        ("zdnet.fr", "07-29 13:10", "Criteo : chiffre d'affaires en recul au deuxième trimestre",
         "Le spécialiste du ciblage publicitaire voit ses revenus baisser de 3 %, pénalisé par la fin des cookies tiers chez plusieurs grands clients."),
        ("journaldunet.com", "07-29 14:00", "Criteo : la contribution hors coûts d'acquisition recule de 3 %",
         "Le retail media progresse encore de 11 %, mais ne compense pas le repli de l'activité historique de reciblage. Le groupe abaisse sa prévision annuelle."),
        ("lesechos.fr", "07-29 16:30", "Le retail media ne suffit plus à porter Criteo",
         "Le groupe français coté à New York publie un trimestre décevant et réduit ses ambitions pour l'année. L'action perd 9 % avant l'ouverture de Wall Street."),
    ]),
    ("sopra-steria-h1", "fresh2", [
        ("lemondeinformatique.fr", "07-29 08:00", "Sopra Steria maintient ses objectifs malgré un semestre atone",
         "L'ESN affiche un chiffre d'affaires de 2,9 milliards d'euros au premier semestre, en croissance organique de 1,2 %, et confirme sa prévision de marge pour l'année."),
        ("silicon.fr", "07-29 11:00", "ESN : Sopra Steria résiste au ralentissement du marché",
         "Le repli des projets dans l'industrie est compensé par le secteur public et la défense. Le groupe dit ne pas prévoir de plan social en France."),
    ]),
    ("criteo-layoffs", "fresh2", [
        ("lesechos.fr", "07-30 17:20", "Criteo va supprimer 250 postes dans le monde",
         "Au lendemain de résultats décevants, le spécialiste de la publicité en ligne annonce une réorganisation qui touchera 7 % de ses effectifs, dont une partie en France."),
        ("linforme.com", "07-31 06:30", "Criteo : le plan de départs qui vise la R&D parisienne",
         "Selon nos informations, près d'une centaine des postes supprimés par le groupe concernent ses équipes d'ingénierie à Paris, où un plan de départs volontaires sera présenté en septembre."),
        ("journaldunet.com", "07-31 09:00", "Adtech : Criteo taille dans ses effectifs, selon L'Informé",
         "Le groupe réduit ses équipes de 250 personnes et regroupe ses activités de reciblage et de retail media au sein d'une seule organisation."),
    ]),
    ("zdnet-recap-w31", "fresh2", [
        ("zdnet.fr", "07-31 17:00", "Ce qu'il fallait retenir cette semaine : Criteo réduit la voilure, Sopra Steria tient bon",
         "Résultats et plan social chez Criteo, semestre sans surprise pour Sopra Steria, satellites IRIS² pour Thales : les actualités de la semaine en un coup d'œil."),
    ]),
    # ------------------------------------------------ Soitec's CEO leaves
    ("soitec-ceo-exit", "fresh2", [
        ("lesechos.fr", "08-03 07:00", "Soitec : le directeur général quitte ses fonctions, l'action plonge",
         "Le conseil d'administration du fabricant de plaques de silicium a mis fin au mandat de son dirigeant, invoquant des « divergences sur la stratégie » face au repli du marché du smartphone."),
        ("usine-digitale.fr", "08-03 11:15", "Nouveau changement de patron chez le spécialiste isérois du SOI",
         "Moins de deux ans après la dernière succession, l'entreprise de Bernin confie l'intérim à son président le temps de recruter un nouveau dirigeant."),
    ]),
    # ------------------------------------------------ two retailers' data leaks the same week
    ("fnac-darty-leak", "fresh2", [
        ("numerama.com", "08-04 10:00", "Fnac Darty victime d'une fuite de données : noms, adresses et numéros de carte fidélité dans la nature",
         "Un pirate revendique sur un forum la vente d'un fichier de plusieurs millions de clients du distributeur. L'enseigne confirme un « incident de sécurité »."),
        ("01net.com", "08-04 12:30", "Fuite de données chez Fnac Darty : les adhérents Fnac+ concernés",
         "Le groupe a commencé à prévenir ses clients par e-mail. Aucune donnée bancaire ne serait touchée, mais le risque d'hameçonnage est réel."),
        ("lemagit.fr", "08-04 15:45", "Fnac Darty : un prestataire de relation client à l'origine de l'intrusion",
         "L'attaquant a utilisé les identifiants d'un sous-traitant pour accéder à l'outil de gestion des clients du distributeur. La CNIL a été notifiée."),
    ]),
    ("whatsapp-ads-europe", "fresh2", [
        ("numerama.com", "08-05 15:00", "WhatsApp affiche désormais des publicités en Europe : où elles apparaissent",
         "Les annonces arrivent dans l'onglet Actus de la messagerie de Meta, pas dans les conversations. Un abonnement sans publicité est proposé aux utilisateurs européens."),
        ("journaldugeek.com", "08-05 17:20", "Meta active la pub dans WhatsApp pour les utilisateurs européens",
         "Après plusieurs mois de tests, le groupe de Mark Zuckerberg étend aux pays de l'Union les publicités et les chaînes sponsorisées de l'application."),
    ]),
    ("decathlon-leak", "fresh2", [
        ("numerama.com", "08-06 09:30", "Après Fnac Darty, Decathlon touché à son tour par une fuite de données",
         "L'enseigne de sport prévient ses clients que des noms, e-mails et historiques d'achat ont été dérobés. L'origine de l'attaque n'a pas de lien connu avec celle de la Fnac."),
        ("clubic.com", "08-06 13:00", "Decathlon : les données de 2 millions de clients dérobées",
         "Le distributeur nordiste a détecté un accès illégitime à sa plateforme de commande en ligne et recommande de se méfier des faux messages de livraison."),
    ]),
    # ------------------------------------------------ Patch Tuesday, August
    ("patch-tuesday-august", "fresh2", [
        ("lemagit.fr", "08-11 20:00", "Patch Tuesday d'août : Microsoft corrige une zero-day dans Kerberos",
         "Le lot de correctifs d'août compte 71 vulnérabilités, dont une faille d'élévation de privilèges dans l'authentification Kerberos déjà utilisée par des groupes de rançongiciel."),
        ("zdnet.fr", "08-11 21:30", "Windows : 71 vulnérabilités corrigées en août, dont une activement exploitée",
         "Microsoft recommande de déployer en priorité les correctifs des contrôleurs de domaine. Neuf failles sont classées critiques."),
    ]),
    # ------------------------------------------------ ANSSI warns about hijacked routers
    ("anssi-router-campaign", "fresh2", [
        ("lemagit.fr", "08-12 10:00", "L'Anssi alerte sur une campagne visant les routeurs de PME françaises",
         "L'agence attribue à un groupe lié à la Chine la compromission de plusieurs milliers d'équipements réseau en fin de vie, utilisés comme relais pour d'autres attaques."),
        ("zdnet.fr", "08-12 13:30", "Cyberespionnage : des milliers de routeurs français enrôlés dans un réseau relais chinois",
         "Dans un rapport publié mercredi, l'Agence nationale de la sécurité des systèmes d'information détaille comment des boîtiers non mis à jour servent à masquer des intrusions."),
        ("01net.com", "08-12 16:00", "Votre routeur d'entreprise est peut-être piraté : l'ANSSI publie des consignes",
         "Mise à jour du firmware, désactivation de l'administration à distance, remplacement des modèles obsolètes : les recommandations du gendarme de la cybersécurité."),
    ]),
    # ------------------------------------------------ Doctolib's AI assistant
    ("doctolib-ai-assistant", "fresh2", [
        ("usine-digitale.fr", "08-18 08:30", "Doctolib lance un assistant IA qui rédige les comptes rendus de consultation",
         "La plateforme de prise de rendez-vous médicaux propose à ses abonnés un outil qui écoute la consultation et produit une synthèse structurée dans le dossier du patient."),
        ("lemondeinformatique.fr", "08-18 11:00", "Doctolib généralise son assistant de consultation à l'IA générative",
         "Testé depuis l'automne auprès de 5 000 généralistes, le service est intégré au logiciel médical de l'éditeur, sans surcoût pour les praticiens déjà abonnés."),
        ("numerama.com", "08-18 14:20", "Votre médecin va peut-être laisser une IA écouter votre consultation",
         "Doctolib déploie auprès des soignants un outil qui transcrit et résume les échanges. Le patient doit donner son accord, et l'enregistrement est supprimé après la synthèse."),
    ]),
    # ------------------------------------------------ Google's new Pixel
    ("google-pixel-11", "fresh2", [
        ("frandroid.com", "08-19 17:10", "Google Pixel 11 et 11 Pro officiels : puce Tensor G6, prix et disponibilité",
         "Google présente ses nouveaux smartphones, gravés en 2 nm par TSMC, avec sept ans de mises à jour. Ils seront en vente le 27 août à partir de 899 €."),
        ("numerama.com", "08-19 18:00", "Pixel 11 : Google mise tout sur Gemini pour faire oublier une fiche technique sans surprise",
         "Design inchangé, capteurs reconduits : la nouveauté des Pixel 11 est surtout logicielle, avec un assistant capable d'agir dans les applications."),
        ("clubic.com", "08-19 19:30", "Made by Google 2026 : les nouveaux smartphones de Mountain View arrivent à 899 €",
         "Trois téléphones, une montre et des écouteurs : le récapitulatif de tout ce que la firme californienne a annoncé ce mercredi à New York."),
    ]),
    # ------------------------------------------------ Back Market buys a rival
    ("back-market-rebuy", "fresh2", [
        ("lesechos.fr", "08-20 06:15", "Back Market s'offre son concurrent allemand Rebuy",
         "La licorne française du reconditionné rachète la plateforme berlinoise pour un montant estimé à 200 millions d'euros, afin de renforcer sa position outre-Rhin."),
        ("journaldunet.com", "08-20 10:30", "Reconditionné : Back Market met la main sur Rebuy",
         "L'opération, payée en numéraire et en actions, doit encore être approuvée par l'autorité allemande de la concurrence. Rebuy conservera sa marque."),
    ]),
    ("clubic-week-34", "fresh2", [
        ("clubic.com", "08-22 09:00", "Les actus de la semaine : Pixel 11, Back Market rachète Rebuy, Doctolib mise sur l'IA",
         "Nouveaux smartphones de Google, rachat dans le reconditionné, assistant médical : ce qui a fait l'actualité tech cette semaine, en cinq minutes de lecture."),
    ]),
    # ------------------------------------------------ France Travail and generative AI
    ("france-travail-ai-agent", "fresh2", [
        ("lemondeinformatique.fr", "08-25 09:00", "France Travail déploie un agent IA auprès de ses conseillers",
         "L'opérateur public généralise à ses agences un assistant conversationnel qui prépare les entretiens et propose des offres adaptées au profil des demandeurs d'emploi."),
        ("next.ink", "08-25 14:30", "Chez France Travail, une IA générative pour préparer les rendez-vous des chômeurs",
         "Le service, fondé sur un modèle hébergé en France, suscite des réserves des syndicats, qui demandent des garanties sur l'usage des données des inscrits."),
    ]),
    # ------------------------------------------------ Orange raises Livebox prices
    ("orange-livebox-price", "fresh2", [
        ("frandroid.com", "08-27 09:40", "Orange augmente le prix de ses offres Livebox de 2 € par mois à partir d'octobre",
         "Les abonnés fibre et ADSL d'Orange recevront un courrier dans les prochains jours. L'opérateur justifie la hausse par l'ajout de services de cybersécurité."),
        ("01net.com", "08-27 12:00", "Hausse de prix chez Orange : les abonnés Livebox paieront plus cher à la rentrée",
         "Livebox Fibre, Up et Max sont concernées. Les clients peuvent résilier sans frais dans les quatre mois suivant la notification du changement."),
        ("clubic.com", "08-27 15:30", "Box internet : l'opérateur historique relève ses tarifs, comment partir sans frais",
         "Deux euros de plus chaque mois dès octobre : voici ce que change la hausse annoncée par Orange et la marche à suivre pour résilier gratuitement."),
    ]),
]


ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
