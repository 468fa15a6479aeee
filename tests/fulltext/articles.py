"""The articles behind the labelled pages: what a reader of each page sees as its body.

Each page of `pages/` is this body wrapped in one site's boilerplate by `write_pages.py`;
the labels of `labelled.py` were decided by reading these bodies.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    site: str
    cms: str  # wordpress | spip | drupal | modern | paywall | brief
    title: str
    teaser: str  # the one-sentence description the site's RSS feed gives
    lead: str
    blocks: tuple[str, ...]  # paragraphs; "## " opens an intertitle, "> " a quote
    caption: str = ""
    marker: str = ""  # a word of the body, absent from title and teaser


ARTICLES = (
    Article(
        "lmi-aws-emplois", "Le Monde Informatique", "wordpress",
        "AWS réduit ses effectifs dans sa division commerciale européenne",
        "Le fournisseur de cloud confirme une réorganisation de ses équipes de vente en Europe.",
        "Amazon Web Services a confirmé mardi une réorganisation de ses équipes commerciales en Europe, "
        "qui se traduira par des suppressions de postes, y compris en France.",
        ("Selon un courriel interne consulté par nos confrères, plusieurs centaines de salariés sont concernés. "
         "La filiale française, installée à Courbevoie, engagerait des licenciements dans ses équipes "
         "d'avant-vente et de gestion des comptes.",
         "## Des départs négociés",
         "La direction privilégierait des ruptures conventionnelles individuelles, plutôt qu'un plan de "
         "sauvegarde de l'emploi. Les représentants du personnel réclament une information-consultation du CSE.",
         "> « Nous adaptons nos équipes aux priorités de nos clients », indique un porte-parole d'AWS.",
         "Le marché du cloud public continue pourtant de croître, porté par l'IA générative. Microsoft Azure "
         "et Google Cloud gagnent des parts de marché, ce qui pousse AWS à resserrer ses coûts commerciaux."),
        caption="Le siège d'AWS France à Courbevoie.", marker="Courbevoie"),
    Article(
        "lemagit-hopital-rancon", "LeMagIT", "drupal",
        "Le centre hospitalier de Vienne paralysé par une attaque informatique",
        "Les urgences fonctionnent en mode dégradé depuis dimanche soir.",
        "Le centre hospitalier de Vienne, en Isère, fonctionne en mode dégradé depuis dimanche, après une "
        "attaque qui a chiffré une partie de ses serveurs.",
        ("Les équipes ont découvert dans la nuit une demande de rançon. Il s'agit d'un rançongiciel de la famille "
         "LockBit, selon nos informations. Les patients des urgences sont réorientés vers les établissements voisins.",
         "## L'ANSSI dépêchée sur place",
         "L'Agence nationale de la sécurité des systèmes d'information (ANSSI) a envoyé une équipe de réponse à "
         "incident. L'hôpital a porté plainte et notifié la CNIL d'une possible fuite de données de santé.",
         "Les soignants sont revenus au papier pour les prescriptions. Le directeur assure que la "
         "cybersécurité de l'établissement avait fait l'objet d'un audit en 2023."),
        marker="prescriptions"),
    Article(
        "numerama-nvidia-blackwell", "Numerama", "modern",
        "Nvidia présente ses puces Blackwell Ultra pour les centres de données",
        "Le fabricant promet des performances doublées pour l'entraînement des modèles.",
        "Nvidia a dévoilé lors de sa conférence annuelle la nouvelle génération de ses accélérateurs pour "
        "centres de données, baptisée Blackwell Ultra.",
        ("Chaque GPU embarque 288 Go de mémoire HBM3e. Les premiers systèmes seront livrés aux hyperscalers, "
         "dont Microsoft Azure et Google Cloud, au second semestre.",
         "## Une consommation électrique en hausse",
         "Une baie complète consommera jusqu'à 120 kilowatts, ce qui impose un refroidissement liquide. "
         "Les exploitants de datacenters français devront adapter leurs salles.",
         "> « L'intelligence artificielle est devenue une industrie », a lancé Jensen Huang sur scène."),
        caption="Jensen Huang présente Blackwell Ultra.", marker="kilowatts"),
    Article(
        "silicon-ovh-secnumcloud", "Silicon.fr", "wordpress",
        "OVHcloud obtient la qualification de l'ANSSI pour son offre Bare Metal",
        "Une étape pour les administrations qui cherchent un cloud de confiance.",
        "OVHcloud annonce que son offre de serveurs dédiés Bare Metal Pod a reçu la qualification de l'ANSSI.",
        ("Cette qualification SecNumCloud 3.2 ouvre aux ministères et aux opérateurs d'importance vitale un "
         "hébergement protégé des lois extraterritoriales américaines.",
         "## Face aux hyperscalers",
         "Les offres de confiance de Microsoft et de Google, portées par Bleu et S3NS, attendent encore leur "
         "qualification. OVHcloud y voit un avantage commercial décisif auprès du secteur public.",
         "Le groupe roubaisien revendique désormais douze régions et prévoit d'ouvrir un datacenter à Strasbourg."),
        marker="roubaisien"),
    Article(
        "zdnet-windows10-fin", "ZDNet France", "drupal",
        "Fin du support de Windows 10 : ce que les entreprises doivent faire",
        "Microsoft arrête les mises à jour de sécurité gratuites en octobre.",
        "Le compte à rebours est lancé pour les directions informatiques : Windows 10 ne recevra plus de "
        "correctifs gratuits après le 14 octobre.",
        ("Microsoft propose un programme de mises à jour étendues payant, facturé par poste et par an. "
         "La migration vers Windows 11 bute souvent sur la puce TPM 2.0 exigée.",
         "## Un parc à renouveler",
         "Selon un cabinet d'études, près d'un poste sur trois dans les PME françaises ne peut pas passer à "
         "Windows 11. Certaines entreprises envisagent Linux pour prolonger la vie de leurs machines.",
         "Les revendeurs anticipent une hausse des ventes de PC au premier trimestre."),
        marker="revendeurs"),
    Article(
        "01net-free-panne", "01net", "modern",
        "Panne géante chez Free : des milliers d'abonnés privés d'Internet",
        "L'opérateur évoque un incident sur son réseau de collecte.",
        "Des milliers d'abonnés Freebox ont été privés d'Internet et de téléphone pendant plusieurs heures "
        "mercredi matin.",
        ("Les signalements ont afflué à partir de 7 heures, surtout en Île-de-France et dans le Nord. Free "
         "évoque un incident logiciel sur un équipement de cœur de réseau.",
         "## Pas de cyberattaque selon l'opérateur",
         "L'opérateur écarte la piste d'une attaque et promet un geste commercial aux clients touchés. "
         "L'Arcep a demandé un rapport détaillé sous quinze jours."),
        marker="Arcep"),
    Article(
        "next-cnil-cookies", "Next", "modern",
        "La CNIL inflige une amende de 50 millions d'euros à un géant du commerce en ligne",
        "Le gendarme des données personnelles sanctionne des cookies déposés sans consentement.",
        "La formation restreinte de la CNIL a prononcé une sanction de 50 millions d'euros contre une "
        "plateforme de commerce en ligne.",
        ("Les cookies publicitaires étaient déposés dès l'arrivée sur le site, avant tout choix de "
         "l'internaute, en violation du RGPD et de la loi Informatique et libertés.",
         "## Un refus aussi simple que l'acceptation",
         "La CNIL rappelle que refuser les traceurs doit être aussi simple que les accepter. L'entreprise "
         "dispose de trois mois pour se mettre en conformité, sous astreinte de 100 000 euros par jour de retard."),
        marker="astreinte"),
    Article(
        "informe-atos-paywall", "L'Informé", "paywall",
        "Atos : les coulisses du plan de départs",
        "Notre enquête sur la restructuration du groupe informatique.",
        "Atos prépare la suppression de plusieurs centaines de postes en France, selon des documents "
        "que L'Informé a pu consulter.",
        ("Le groupe, sauvé de la faillite l'an dernier, veut réduire ses frais de structure.",),
        marker="faillite"),
    Article(
        "spip-ibm-rcc", "CFE-CGC IBM", "spip",
        "IBM France : ouverture des négociations sur une rupture conventionnelle collective",
        "Le syndicat fait le point après la première réunion avec la direction.",
        "La direction d'IBM France a ouvert jeudi les négociations d'un accord de rupture conventionnelle "
        "collective portant sur 220 postes.",
        ("Notre syndicat a demandé des garanties sur le volontariat : aucun salarié ne doit être poussé au "
         "départ. Les activités de services aux clients du secteur bancaire sont les plus touchées.",
         "## Nos revendications",
         "Nous réclamons une indemnité supra-légale d'au moins douze mois de salaire et un congé de reclassement "
         "de neuf mois. La direction exclut pour l'heure tout plan social.",
         "Prochaine réunion le 12 : nous tiendrons les salariés informés sur ce site et en assemblée générale."),
        marker="supra"),
    Article(
        "lmi-capgemini-recrute", "Le Monde Informatique", "wordpress",
        "Capgemini prévoit 4 000 recrutements en France cette année",
        "L'ESN mise sur les profils data et cybersécurité.",
        "Capgemini annonce vouloir recruter 4 000 personnes en France, dont une majorité de jeunes diplômés.",
        ("Les besoins portent sur la data, le cloud et la cybersécurité. L'ESN ouvre aussi un centre à Lille "
         "consacré à l'intelligence artificielle, qui accueillera 300 consultants.",
         "## Le télétravail maintenu",
         "L'accord de télétravail signé en 2022 reste en vigueur : jusqu'à trois jours par semaine à distance. "
         "Le groupe compte aussi sur l'alternance, avec 1 200 contrats prévus."),
        marker="alternance"),
    Article(
        "lemagit-vmware-broadcom", "LeMagIT", "drupal",
        "VMware : les clients français face à la hausse des licences Broadcom",
        "Le CIGREF dénonce des augmentations de prix jugées abusives.",
        "Depuis le rachat de VMware par Broadcom, les grandes entreprises françaises voient leurs factures "
        "de virtualisation s'envoler.",
        ("Le CIGREF cite des hausses de 300 à 1 200 % lors du passage aux abonnements VMware Cloud Foundation. "
         "Plusieurs DSI ont lancé des projets de migration vers Proxmox ou Nutanix.",
         "## Une plainte à Bruxelles",
         "Les associations d'utilisateurs européennes ont saisi la Commission européenne, estimant que Broadcom "
         "abuse de sa position dominante.",
         "> « Nous n'avons pas d'alternative à court terme pour nos 4 000 machines virtuelles », confie un DSI."),
        marker="Nutanix"),
    Article(
        "numerama-mistral-levee", "Numerama", "modern",
        "Mistral AI lève 1,7 milliard d'euros et devient la licorne la plus valorisée d'Europe",
        "La start-up française attire un nouvel investisseur industriel.",
        "Mistral AI boucle une levée de fonds de 1,7 milliard d'euros, qui valorise la start-up parisienne "
        "à près de 12 milliards.",
        ("Le néerlandais ASML mène le tour de table. Les fonds serviront à construire des capacités de calcul "
         "en France, avec des milliers de GPU Nvidia.",
         "## La course à l'intelligence artificielle",
         "Fondée en 2023 par d'anciens chercheurs de Google DeepMind et de Meta, l'entreprise veut rester "
         "indépendante face aux géants américains de l'intelligence artificielle. Son assistant Le Chat "
         "revendique plusieurs millions d'utilisateurs."),
        caption="Arthur Mensch, cofondateur de Mistral AI.", marker="ASML"),
    Article(
        "silicon-atos-pse", "Silicon.fr", "wordpress",
        "Atos détaille son plan de transformation",
        "Le groupe présente ses objectifs à horizon 2028.",
        "Atos a présenté aux investisseurs son plan stratégique à horizon 2028.",
        ("Le volet social est lourd : un plan social concernant 1 500 salariés en France, dont une partie "
         "dans les centres de Bezons et d'Angers. Les syndicats dénoncent des licenciements déguisés.",
         "## Recentrage sur la cybersécurité",
         "Le groupe veut faire de la cybersécurité et des supercalculateurs ses moteurs de croissance. "
         "L'activité d'infogérance sera réduite, et certains contrats avec AWS renégociés."),
        marker="Bezons"),
    Article(
        "zdnet-mairie-cyber", "ZDNet France", "drupal",
        "Une commune de Seine-Maritime privée de services en ligne",
        "Les démarches en ligne de la mairie sont suspendues.",
        "Les services en ligne de la mairie de Fécamp sont indisponibles depuis lundi.",
        ("La commune a été victime d'un rançongiciel qui a chiffré ses serveurs de fichiers. Les "
         "pirates réclament une rançon en bitcoins, que la municipalité refuse de payer.",
         "## L'état civil sur papier",
         "Les actes d'état civil sont de nouveau rédigés à la main. Le CERT Santé n'est pas concerné : "
         "l'hôpital de la ville, qui dispose de son propre réseau, n'a pas été touché."),
        marker="civil"),
    Article(
        "01net-iphone-satellite", "01net", "modern",
        "L'iPhone pourra envoyer des SMS par satellite en France",
        "Apple active la fonction de messagerie satellitaire en Europe.",
        "Apple étend à la France la possibilité d'envoyer des messages par satellite depuis un iPhone, "
        "en l'absence de réseau mobile.",
        ("La fonction s'appuie sur la constellation Globalstar. Elle est gratuite pendant deux ans pour "
         "les possesseurs d'iPhone 14 et suivants.",
         "## Comment l'activer",
         "Il suffit de se placer en extérieur, ciel dégagé, puis de suivre les indications à l'écran pour "
         "orienter le téléphone vers le satellite."),
        marker="Globalstar"),
    Article(
        "next-dma-google", "Next", "modern",
        "DMA : Bruxelles inflige une amende record à Google",
        "La Commission sanctionne l'autopréférence du moteur de recherche.",
        "La Commission européenne a infligé à Google une amende de 2,9 milliards d'euros au titre du "
        "règlement sur les marchés numériques.",
        ("Le moteur de recherche mettait en avant ses propres services de comparaison au détriment de ses "
         "concurrents. Google annonce faire appel.",
         "## Le cloud aussi dans le viseur",
         "Bruxelles enquête parallèlement sur les pratiques de licences dans le cloud, où Microsoft est "
         "accusé de pénaliser les clients qui font tourner Windows Server ailleurs que sur Azure."),
        marker="comparaison"),
    Article(
        "blog-esn-teletravail", "Le blog du CSE Sopra", "wordpress",
        "Accord télétravail : ce qui change au 1er janvier",
        "Le point sur le nouvel accord signé par la direction et trois organisations.",
        "Le nouvel accord sur le télétravail a été signé le 5 décembre par la direction et trois organisations "
        "syndicales.",
        ("Les salariés pourront travailler à distance jusqu'à deux jours par semaine, contre trois auparavant. "
         "L'indemnité forfaitaire passe à 30 euros par mois.",
         "## Et les départs ?",
         "Plusieurs collègues nous interrogent sur la rupture conventionnelle : elle reste possible au cas par "
         "cas, mais la direction n'envisage ni plan social ni licenciements économiques cette année."),
        marker="forfaitaire"),
    Article(
        "drupal-hopital-dossier", "TICsanté", "drupal",
        "Le CHU de Nantes généralise le dossier patient informatisé",
        "Le déploiement s'achève dans les derniers services.",
        "Le CHU de Nantes achève le déploiement de son dossier patient informatisé dans l'ensemble de ses "
        "services.",
        ("Le projet, lancé il y a quatre ans, a mobilisé 80 personnes. Les médecins accèdent aux comptes rendus "
         "et aux prescriptions depuis n'importe quel poste de l'hôpital.",
         "## La sécurité au cœur du projet",
         "L'établissement a renforcé l'authentification des soignants par carte CPS et sauvegarde ses données "
         "hors ligne chaque nuit, une leçon des attaques par rançongiciel qui ont frappé d'autres CHU."),
        marker="CPS"),
    Article(
        "lmi-amazon-robots", "Le Monde Informatique", "wordpress",
        "Amazon ouvre un entrepôt automatisé près de Metz",
        "Le site logistique compte un millier de robots mobiles.",
        "Amazon a inauguré à Augny, près de Metz, un entrepôt où circulent un millier de robots mobiles.",
        ("Le site emploiera 1 500 personnes en CDI d'ici trois ans. Les robots apportent les étagères aux "
         "préparateurs, qui ne parcourent plus les allées.",
         "## Les syndicats méfiants",
         "Les syndicats s'interrogent sur les cadences et sur l'avenir des emplois de manutention. Le système "
         "d'information du site repose sur AWS, la filiale cloud du groupe."),
        marker="Augny"),
    Article(
        "spip-quantique-pasqal", "Actu Quantique", "spip",
        "Pasqal livre un ordinateur quantique de 250 qubits au GENCI",
        "Le calculateur rejoint le supercalculateur Joliot-Curie.",
        "La start-up française Pasqal a livré au GENCI un processeur quantique de 250 qubits à atomes neutres.",
        ("Installé au TGCC de Bruyères-le-Châtel, il sera couplé au supercalculateur Joliot-Curie pour des "
         "calculs hybrides. Les premiers utilisateurs sont des chercheurs en chimie et en logistique.",
         "## Des usages encore exploratoires",
         "Les chercheurs restent prudents : l'avantage quantique n'est pas encore démontré sur des problèmes "
         "industriels. Pasqal vise 10 000 qubits en 2028."),
        marker="Bruyères"),
    Article(
        "modern-intel-emplois", "Numerama", "modern",
        "Intel supprime 15 000 postes dans le monde",
        "Le fondeur américain accuse le coup face à Nvidia et TSMC.",
        "Intel annonce la suppression de 15 000 postes, soit 15 % de ses effectifs mondiaux.",
        ("Ces licenciements s'accompagnent d'un arrêt du dividende. En France, le centre de recherche de "
         "Sophia-Antipolis serait épargné, selon la direction locale.",
         "## Distancé dans l'IA",
         "Le fondeur n'a pas su profiter de la vague de l'intelligence artificielle, dominée par les GPU de "
         "Nvidia, et ses usines peinent à rattraper TSMC."),
        marker="dividende"),
    Article(
        "brief-orange-nomination", "Silicon.fr", "brief",
        "Orange nomme une nouvelle directrice de la cybersécurité",
        "Une nomination au comité exécutif d'Orange Cyberdefense.",
        "Orange Cyberdefense nomme Claire Martin directrice générale adjointe.",
        ("Elle rejoint le comité exécutif de la filiale de sécurité de l'opérateur après quinze ans passés chez "
         "Thales, où elle dirigeait les activités de supervision.",),
        marker="Thales"),
)
