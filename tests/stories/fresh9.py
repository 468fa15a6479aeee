"""A ninth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for issue 12
("One story, one alert"), to be measured once on the code that lands. Same format as
`labelled.py`; every event's half is "fresh9".
Each event is one real-world happening: articles of one event are the same story (a follow-up
a day or two later included), every other pair is not. Some titles are near-identical across
outlets, most are reworded (synonyms, digits or words, another angle, an English word, "selon
L'Informé"), a few are hard (a periphrasis for the firm, a consumer angle, a quote as title,
the firm named only in the lead).
Hard negatives are look-alikes on purpose: one firm's quarterly figures then its job cuts, job
cuts then a strike at the same firm, two outages of one cloud provider days apart, two
ransomware attacks on two hospitals in one week (and a city later), a launch then a recall, a
fine then its appeal, two acquisitions by one buyer, two funding rounds on the same day, two
retailers' data leaks, two CEO changes on the same day, one vendor's two flaws in one week,
two versions of one system, two monthly patch batches, two announcements by one start-up, and
recurring formats (weekly roundups, a daily digest, a podcast, a newsletter) that must merge
with nothing.
`build` fixes the year 2026; times are UTC, September and October 2026 ("09-01" to "10-30").

Measured once, on the code of this stop before it changed anything for this set (the commit that adds
it): precision 0.967, recall 0.734 (the code that landed before, 79f7cfc: 0.966, 0.722).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ licence prices
    ("microsoft-365-price-rise", "fresh9", [
        ("lemondeinformatique.fr", "09-02 09:15", "Microsoft relève les tarifs de Microsoft 365 pour les entreprises françaises",
         "À partir du 1er décembre, les abonnements Microsoft 365 E3 et Business Premium augmenteront de 8 à 12 % en euros. L'éditeur justifie la hausse par l'intégration de Copilot Chat et de nouvelles fonctions de sécurité."),
        ("cio-online.com", "09-02 14:40", "Licences : le géant de Redmond augmente ses prix de 12 % au 1er décembre",
         "Les DSI devront composer avec une nouvelle hausse des suites bureautiques en ligne, la deuxième en dix-huit mois. Le Cigref dénonce une augmentation « imposée sans contrepartie » et appelle à revoir les contrats."),
        ("channelnews.fr", "09-03 08:30", "Hausse des prix Microsoft 365 : ce que les partenaires doivent anticiper",
         "Les revendeurs et fournisseurs de services cloud disposent de trois mois pour renouveler les contrats de leurs clients à l'ancien tarif avant l'entrée en vigueur de la nouvelle grille tarifaire le 1er décembre."),
    ]),
    # ------------------------------------------------ telecom consolidation
    ("altice-sfr-sale", "fresh9", [
        ("lesechos.fr", "09-04 06:30", "Altice accepte de céder SFR à Bouygues Telecom, Free et Orange pour 17 milliards d'euros",
         "Après neuf mois de négociations, Patrick Drahi a signé jeudi soir un protocole d'accord avec les trois opérateurs, qui se partageront les clients, les fréquences et le réseau de SFR. L'opération doit encore être validée par les autorités de concurrence."),
        ("latribune.fr", "09-04 09:10", "Télécoms : la fin de SFR est actée, le marché français repasse à trois opérateurs",
         "Le démantèlement de l'opérateur au carré rouge, vendu en pièces détachées à ses trois concurrents, referme une parenthèse de quatorze ans ouverte par l'arrivée de Free Mobile en 2012."),
        ("bfmtv.com", "09-04 12:00", "Rachat de SFR : que va-t-il arriver aux 19 millions de clients ?",
         "Les abonnés mobiles et box de SFR seront répartis entre Bouygues Telecom, Free et Orange selon leur zone et leur type d'offre, après le feu vert de l'Autorité de la concurrence, attendu au mieux à l'été 2027."),
    ]),
    ("samsung-galaxy-s26-fe", "fresh9", [
        ("frandroid.com", "09-04 10:00", "Samsung Galaxy S26 FE officiel : Exynos 2600, 4 900 mAh et un prix en hausse",
         "Présenté à l'IFA de Berlin, le smartphone « Fan Edition » de Samsung reprend le design du Galaxy S26 et gagne une batterie plus grande. Il sera vendu 749 euros à partir du 26 septembre, 50 euros de plus que son prédécesseur."),
    ]),
    # ------------------------------------------------ weekly roundup, week 1
    ("lesnum-recap-09-06", "fresh9", [
        ("lesnumeriques.com", "09-06 09:00", "Le récap de la semaine : rachat de SFR, Galaxy S26 FE, hausse de Microsoft 365",
         "Démantèlement de SFR, nouveau smartphone de Samsung à l'IFA et abonnements Microsoft plus chers : voici les informations high-tech qui ont marqué cette première semaine de septembre."),
    ]),
    # ------------------------------------------------ Ubisoft: job cuts, then a strike two days later
    ("ubisoft-rcc", "fresh9", [
        ("linforme.com", "09-08 06:00", "Ubisoft prépare une rupture conventionnelle collective de 200 postes en France",
         "Selon nos informations, l'éditeur de jeux vidéo doit présenter mercredi aux représentants du personnel un plan de départs volontaires visant ses studios de Paris, Montpellier et Annecy, ainsi que le siège de Saint-Mandé."),
        ("bfmtv.com", "09-08 10:20", "Ubisoft va supprimer 200 emplois en France via des départs volontaires, selon L'Informé",
         "L'éditeur d'Assassin's Creed poursuit sa cure d'austérité après avoir déjà réduit ses effectifs mondiaux de près de 3 000 personnes en trois ans. La direction n'a pas commenté l'information."),
        ("lesechos.fr", "09-08 17:45", "Jeux vidéo : le créateur de Rayman taille dans ses effectifs français",
         "Chez Ubisoft, la rupture conventionnelle collective concernerait environ deux cents salariés, surtout dans les fonctions support et la production. Elle s'inscrit dans le plan d'économies promis par la famille Guillemot aux investisseurs."),
    ]),
    # ------------------------------------------------ monthly patches, September
    ("patch-tuesday-september", "fresh9", [
        ("lemagit.fr", "09-08 20:30", "Patch Tuesday de septembre : Microsoft corrige 86 vulnérabilités, dont deux zero-day",
         "Le lot mensuel de correctifs de Microsoft comble notamment une faille d'élévation de privilèges dans le noyau de Windows déjà exploitée et une vulnérabilité de contournement de SmartScreen divulguée publiquement."),
        ("zdnet.fr", "09-09 08:00", "Windows : deux failles zero-day exploitées colmatées dans la mise à jour de septembre",
         "Microsoft a publié mardi ses correctifs mensuels pour Windows, Office et Exchange Server. Les administrateurs sont invités à prioriser la faille CVE-2026-38112, activement exploitée selon l'éditeur."),
    ]),
    # ------------------------------------------------ phones, then the system a few days later
    ("apple-iphone-18-keynote", "fresh9", [
        ("frandroid.com", "09-09 18:40", "Apple dévoile l'iPhone 18 Pro et son premier iPhone pliable",
         "Lors de sa keynote de rentrée à Cupertino, Apple a présenté les iPhone 18 Pro et 18 Pro Max, dotés de la puce A20 gravée en 2 nm, ainsi que l'iPhone Fold, un smartphone pliable vendu à partir de 2 399 euros."),
        ("lesnumeriques.com", "09-09 20:15", "iPhone 18 Pro, iPhone Fold : prix, date de sortie et fiche technique",
         "Les précommandes ouvriront vendredi 11 septembre pour une disponibilité le 18. L'iPhone 18 Pro démarre à 1 329 euros, l'iPhone Fold arrivera plus tard, en novembre, dans deux coloris seulement."),
        ("numerama.com", "09-10 07:30", "« Le plus grand bond depuis l'iPhone X » : la firme de Cupertino se lance enfin dans le pliable",
         "Apple promet un écran sans pli visible et une charnière en titane pour le premier smartphone pliant de la marque, qui arrive sept ans après le premier Galaxy Fold de Samsung."),
    ]),
    ("ubisoft-strike", "fresh9", [
        ("next.ink", "09-10 09:00", "Grève chez Ubisoft : les syndicats appellent à cesser le travail contre la RCC",
         "Le STJV et Solidaires Informatique appellent les salariés des studios français à une journée de grève jeudi, au lendemain de la présentation officielle du plan de 200 départs volontaires aux élus du CSE central."),
        ("numerama.com", "09-10 15:30", "Jeux vidéo : des centaines de salariés d'Ubisoft en grève à Paris et Montpellier",
         "Rassemblés devant le siège de Saint-Mandé et les studios de Montpellier, les grévistes dénoncent une « saignée silencieuse » et réclament la garantie qu'aucun licenciement contraint ne suivra la rupture conventionnelle collective."),
    ]),
    ("doctolib-ai-assistant", "fresh9", [
        ("usine-digitale.fr", "09-10 08:45", "Doctolib lance un assistant IA qui rédige les comptes rendus de consultation",
         "Baptisé Doctolib Assistant, l'outil écoute la consultation, avec l'accord du patient, puis génère une synthèse structurée dans le dossier médical. Il est proposé aux 150 000 soignants abonnés pour 39 euros par mois."),
        ("silicon.fr", "09-10 13:00", "IA générative : la licorne de la prise de rendez-vous médicaux s'invite dans le cabinet",
         "Doctolib généralise son assistant de transcription, testé depuis un an auprès de 5 000 médecins. Les données sont hébergées en France chez un hébergeur certifié HDS, assure l'entreprise."),
    ]),
    # ------------------------------------------------ daily digest, day 1
    ("clubic-digest-09-10", "fresh9", [
        ("clubic.com", "09-10 18:00", "Les infos du jour : grève chez Ubisoft, Doctolib mise sur l'IA, l'iPhone pliable",
         "Mobilisation dans les studios d'Ubisoft, nouvel assistant de transcription pour les médecins et premier iPhone pliable d'Apple : le résumé des actualités tech de ce jeudi 10 septembre."),
    ]),
    # ------------------------------------------------ weekly roundup, week 2
    ("lesnum-recap-09-13", "fresh9", [
        ("lesnumeriques.com", "09-13 09:00", "Le récap de la semaine : iPhone 18 Pro, iPhone Fold, grève chez Ubisoft",
         "Keynote d'Apple, correctifs de sécurité de septembre et mobilisation des salariés d'un géant du jeu vidéo : retour sur les informations high-tech qui ont rythmé la deuxième semaine de septembre."),
    ]),
    # ------------------------------------------------ one system, two versions
    ("apple-ios-27-release", "fresh9", [
        ("01net.com", "09-14 17:10", "iOS 27 est disponible : comment installer la mise à jour sur votre iPhone",
         "Apple déploie depuis 19 heures la nouvelle version de son système mobile, compatible à partir de l'iPhone 12. Au programme, Siri repensé autour d'un modèle de langage, un écran d'accueil personnalisable et une application Jeux."),
        ("journaldugeek.com", "09-14 18:30", "La mise à jour iOS 27 arrive sur les iPhone : les nouveautés à connaître",
         "Nouveau Siri conversationnel, traduction en direct dans les appels et refonte de l'app Photos : la mouture finale du système d'exploitation d'Apple est téléchargeable gratuitement depuis les réglages."),
        ("clubic.com", "09-15 07:45", "iOS 27 : votre iPhone est-il compatible ? La liste complète",
         "Disponible depuis lundi soir, la nouvelle version du système d'Apple abandonne les iPhone 11. Voici la liste des modèles qui peuvent l'installer et les fonctions réservées aux appareils dotés d'Apple Intelligence."),
    ]),
    # ------------------------------------------------ one cloud provider, two outages
    ("ovhcloud-roubaix-outage", "fresh9", [
        ("lemagit.fr", "09-16 08:20", "OVHcloud : une panne électrique paralyse le datacenter de Roubaix",
         "Depuis 6 h 40 ce mercredi, une partie des serveurs dédiés et des instances Public Cloud hébergés à Roubaix est inaccessible à la suite d'une défaillance de l'alimentation électrique. Les équipes de l'hébergeur sont mobilisées sur site."),
        ("bfmtv.com", "09-16 11:00", "Panne géante chez OVHcloud : des milliers de sites web inaccessibles",
         "Sites de commerce en ligne, services de collectivités et jeux en ligne : de nombreux clients de l'hébergeur français ont subi une coupure de plusieurs heures mercredi matin, provoquée par un incident électrique dans le Nord."),
        ("silicon.fr", "09-17 09:30", "Incident de Roubaix : l'hébergeur nordiste détaille les causes de la coupure",
         "Dans un rapport préliminaire, OVHcloud attribue l'interruption de service à la défaillance d'un onduleur lors d'une opération de maintenance. Le rétablissement complet a pris près de neuf heures."),
    ]),
    # ------------------------------------------------ a fine, then its appeal
    ("cnil-leboncoin-fine", "fresh9", [
        ("next.ink", "09-17 10:00", "La CNIL inflige une amende de 12 millions d'euros à Leboncoin",
         "La formation restreinte reproche au site de petites annonces d'avoir déposé des cookies publicitaires sans consentement valable et d'avoir conservé les données de comptes inactifs pendant plus de dix ans."),
        ("01net.com", "09-17 13:20", "Cookies et données conservées trop longtemps : Leboncoin sanctionné par la CNIL",
         "Le gendarme des données personnelles a prononcé une sanction de 12 millions d'euros à l'encontre de la plateforme, qui dispose de trois mois pour mettre en conformité son bandeau de consentement."),
        ("lesechos.fr", "09-17 16:00", "Le site de petites annonces préféré des Français écope de 12 M€ d'amende",
         "La Commission nationale de l'informatique et des libertés épingle Leboncoin pour ses pratiques en matière de traceurs publicitaires, une activité qui représente près d'un tiers de son chiffre d'affaires."),
    ]),
    ("etat-visio-souveraine", "fresh9", [
        ("numerama.com", "09-17 09:00", "L'État va remplacer Microsoft Teams et Zoom par ses propres outils d'ici 2027",
         "Le ministre délégué au Numérique a annoncé la généralisation de Visio et de Tchap, deux outils développés par la Dinum, à l'ensemble des administrations centrales. Les licences de visioconférence américaines ne seront plus renouvelées."),
        ("itforbusiness.fr", "09-17 15:30", "Souveraineté : les ministères priés d'abandonner les visioconférences américaines",
         "Une circulaire du Premier ministre impose aux administrations de basculer vers la suite collaborative de l'État, La Suite numérique, avant fin 2027. Plus de 2,5 millions d'agents sont concernés."),
    ]),
    ("ovhcloud-dns-outage", "fresh9", [
        ("zdnet.fr", "09-19 14:00", "Nouvelle panne chez OVHcloud, cette fois liée au DNS",
         "Trois jours après l'incident électrique de Roubaix, l'hébergeur a connu samedi une interruption d'environ deux heures de ses serveurs DNS, rendant injoignables de nombreux noms de domaine gérés par ses soins."),
        ("next.ink", "09-19 18:30", "OVHcloud : une erreur de configuration rend des milliers de domaines injoignables",
         "Une mise à jour défectueuse déployée sur l'infrastructure DNS anycast de l'hébergeur est à l'origine de la coupure survenue samedi en début d'après-midi. OVHcloud assure qu'aucune donnée n'a été perdue."),
    ]),
    # ------------------------------------------------ newsletter, issue 1
    ("cio-lettre-212", "fresh9", [
        ("cio-online.com", "09-20 07:00", "La lettre des DSI #212 : Teams dans l'administration, pannes OVHcloud, amende Leboncoin",
         "Au sommaire de cette semaine : la fin programmée des visioconférences américaines dans les ministères, deux incidents en quatre jours chez l'hébergeur roubaisien et la sanction de la CNIL contre un site d'annonces."),
    ]),
    ("cnil-leboncoin-appeal", "fresh9", [
        ("lemondeinformatique.fr", "09-21 11:00", "Leboncoin saisit le Conseil d'État pour contester son amende de 12 M€",
         "La plateforme de petites annonces a déposé lundi un recours en annulation contre la sanction prononcée la semaine dernière par la CNIL, qu'elle juge « disproportionnée » au regard des correctifs déjà engagés."),
        ("zdnet.fr", "09-21 15:40", "Sanction de la CNIL : le site d'annonces demande aussi la suspension du paiement",
         "En parallèle de son recours au fond, Leboncoin a introduit un référé pour obtenir la suspension de l'amende et de la publication de la décision. Le Conseil d'État devrait se prononcer sous un mois."),
    ]),
    ("bouygues-byou-price-rise", "fresh9", [
        ("frandroid.com", "09-21 09:30", "Bouygues Telecom augmente le prix de ses forfaits mobiles B&You",
         "Les abonnés aux forfaits B&You de 100 Go et plus verront leur facture grimper de 2 euros par mois à partir du 1er novembre, en échange d'un volume de données supplémentaire qu'ils n'ont pas demandé."),
        ("01net.com", "09-21 14:15", "Forfaits B&You : 2 € de plus par mois, comment résilier sans frais",
         "L'opérateur de Martin Bouygues justifie la hausse par « l'inflation des coûts de réseau ». Les clients concernés, prévenus par SMS, peuvent résilier sans frais pendant quatre mois, rappelle le Code de la consommation."),
    ]),
    # ------------------------------------------------ two hospitals, one week
    ("ch-vienne-ransomware", "fresh9", [
        ("lemondeinformatique.fr", "09-22 08:00", "Le centre hospitalier de Vienne victime d'une cyberattaque par rançongiciel",
         "Depuis la nuit de lundi à mardi, l'hôpital isérois fonctionne en mode dégradé : dossiers patients inaccessibles, messagerie coupée et urgences réorientées vers Lyon pour les cas non vitaux."),
        ("bfmtv.com", "09-22 12:30", "Isère : l'hôpital de Vienne paralysé par un ransomware, les urgences délestées",
         "La direction a déclenché le plan blanc et déposé plainte. Les déprogrammations d'opérations se multiplient tandis que l'ANSSI dépêche des experts pour aider les équipes informatiques à restaurer les systèmes."),
        ("lemagit.fr", "09-23 10:00", "Cyberattaque de l'hôpital de Vienne : le groupe Qilin revendique l'attaque",
         "Le groupe de cybercriminels a publié mercredi sur son site vitrine des captures d'écran de documents internes et menace de divulguer 400 Go de données si la rançon n'est pas versée."),
    ]),
    ("apple-ios-27-0-1", "fresh9", [
        ("journaldugeek.com", "09-23 19:00", "iOS 27.0.1 est disponible : Apple corrige les bugs de batterie et de Wi-Fi",
         "Neuf jours après le lancement de sa nouvelle version, Apple publie un premier correctif pour régler une décharge anormale de la batterie et des déconnexions Wi-Fi signalées par de nombreux utilisateurs."),
        ("01net.com", "09-24 08:00", "Batterie qui fond, Wi-Fi instable : pourquoi installer iOS 27.0.1 sans attendre",
         "La mise à jour corrective, qui pèse environ 500 Mo, comble également deux failles de sécurité dans WebKit. Elle est proposée à tous les iPhone compatibles, y compris les nouveaux iPhone 18 Pro."),
    ]),
    ("ch-perigueux-ransomware", "fresh9", [
        ("zdnet.fr", "09-24 09:15", "Après Vienne, l'hôpital de Périgueux touché à son tour par une cyberattaque",
         "Le centre hospitalier de Périgueux a détecté mercredi soir un chiffrement de ses serveurs. Deux jours après l'attaque contre l'hôpital isérois, la Dordogne bascule à son tour en mode dégradé."),
        ("latribune.fr", "09-24 16:00", "Rançongiciel : le centre hospitalier de Périgueux contraint de revenir au papier",
         "Consultations maintenues mais prises de rendez-vous suspendues : l'établissement de Dordogne, qui emploie 2 500 personnes, a isolé son réseau. L'origine de l'attaque reste inconnue et aucune revendication n'a été publiée."),
    ]),
    ("meta-ray-ban-display-france", "fresh9", [
        ("lesnumeriques.com", "09-24 10:00", "Les lunettes Meta Ray-Ban Display arrivent en France à 899 euros",
         "Un an après leur lancement aux États-Unis, les lunettes à écran intégré de Meta et EssilorLuxottica seront vendues en France à partir du 15 octobre, avec leur bracelet neuronal qui permet de les piloter par de légers gestes."),
    ]),
    # ------------------------------------------------ podcast, episode 1
    ("01net-podcast-412", "fresh9", [
        ("01net.com", "09-25 16:00", "Podcast 01LIVE Hebdo #412 : iPhone Fold, lunettes Meta et hôpitaux rançonnés",
         "Dans cet épisode, la rédaction revient sur la prise en main du premier smartphone pliant d'Apple, l'arrivée des lunettes à écran de Meta en France et la série de cyberattaques qui frappe les hôpitaux."),
    ]),
    ("atos-armees-contract", "fresh9", [
        ("usine-digitale.fr", "09-29 08:30", "Atos décroche un contrat de 300 millions d'euros auprès du ministère des Armées",
         "Le groupe informatique va moderniser pendant sept ans les systèmes de commandement et de communication de l'armée de Terre. Une bouffée d'oxygène pour l'entreprise, sortie de sa restructuration financière fin 2024."),
        ("itforbusiness.fr", "09-29 13:45", "Défense : un contrat à 300 M€ pour l'ex-fleuron français des services numériques",
         "Atos remporte l'appel d'offres face à Capgemini et Sopra Steria pour la refonte des systèmes d'information opérationnels de l'armée de Terre, a confirmé le ministère mardi."),
    ]),
    # ------------------------------------------------ a launch, then a recall a week later
    ("xiaomi-scooter-launch", "fresh9", [
        ("frandroid.com", "09-29 11:00", "Xiaomi lance l'Electric Scooter 6 Pro en France : 60 km d'autonomie et double suspension",
         "La nouvelle trottinette électrique de Xiaomi embarque un moteur de 1 000 W en pointe, des pneus tubeless de 10 pouces et un affichage couleur. Elle est vendue 799 euros, avec une remise de lancement jusqu'au 10 octobre."),
        ("lesnumeriques.com", "09-29 15:20", "Trottinette Xiaomi Electric Scooter 6 Pro : prix, autonomie et disponibilité",
         "Le constructeur chinois renouvelle le haut de sa gamme de mobilité urbaine avec un modèle plus puissant, capable de gravir des pentes de 25 %, disponible dès aujourd'hui en ligne et chez les revendeurs."),
    ]),
    # ------------------------------------------------ one start-up, two announcements three weeks apart
    ("mistral-large-4", "fresh9", [
        ("usine-digitale.fr", "09-30 14:00", "Mistral AI dévoile Mistral Large 4, son modèle le plus puissant",
         "La start-up parisienne présente un modèle de raisonnement multimodal qui rivalise selon elle avec les meilleurs modèles américains sur les tâches de code et de mathématiques. Il est disponible via son API et dans Le Chat."),
        ("numerama.com", "09-30 17:30", "Le champion français de l'IA sort un nouveau modèle pour défier OpenAI",
         "Mistral Large 4 est publié sous licence ouverte Apache 2.0, une première pour le modèle phare de l'entreprise dirigée par Arthur Mensch, qui revendique des performances proches des meilleurs modèles d'OpenAI à un coût inférieur."),
        ("lemondeinformatique.fr", "10-01 09:00", "Avec Large 4, Mistral AI cible les entreprises et leurs agents",
         "Fenêtre de contexte d'un million de jetons, appels d'outils fiabilisés et déploiement sur site : l'éditeur français mise sur les usages professionnels de son nouveau grand modèle de langage."),
    ]),
    # ------------------------------------------------ two retailers, two leaks
    ("leroy-merlin-leak", "fresh9", [
        ("numerama.com", "10-01 10:30", "Leroy Merlin victime d'une fuite de données : les clients invités à la vigilance",
         "L'enseigne de bricolage informe par courriel ses clients qu'un tiers a accédé à une partie de sa base de données : noms, adresses, numéros de téléphone et historique d'achats. Les données bancaires ne seraient pas concernées."),
        ("clubic.com", "10-01 14:00", "Fuite de données chez Leroy Merlin : ce que l'on sait",
         "Les informations de plusieurs millions de clients du programme de fidélité auraient été dérobées via un prestataire. L'enseigne a notifié la CNIL et déposé plainte, et conseille de se méfier des appels frauduleux."),
        ("01net.com", "10-02 08:15", "Vous êtes client de l'enseigne de bricolage ? Vos données sont peut-être en vente",
         "Un pirate affirme sur un forum cybercriminel détenir les données de 4,2 millions de clients de Leroy Merlin et les propose à la vente, confirmant l'ampleur de la fuite annoncée jeudi par l'enseigne."),
    ]),
    ("aws-france-investment", "fresh9", [
        ("lesechos.fr", "10-01 07:00", "Amazon Web Services va investir 5 milliards d'euros dans ses datacenters en France",
         "La filiale cloud d'Amazon annonce l'extension de sa région parisienne et la construction d'un nouveau campus en Normandie d'ici 2030. L'annonce doit être faite ce jeudi à Bercy en présence du ministre de l'Économie."),
        ("silicon.fr", "10-01 12:10", "Cloud : AWS promet 5 Md€ d'investissements dans l'Hexagone",
         "Le numéro un mondial du cloud renforce son ancrage français avec de nouvelles capacités dédiées à l'IA et une région « souveraine » européenne, dont l'exploitation sera confiée à des salariés résidant dans l'Union."),
    ]),
    ("ovhcloud-ceo-interview", "fresh9", [
        ("latribune.fr", "10-02 06:00", "Benjamin Revcolevschi (OVHcloud) : « Nous allons doubler nos capacités en Europe d'ici 2030 »",
         "Dans un entretien à La Tribune, le directeur général de l'hébergeur roubaisien revient sur les pannes de septembre, la concurrence des hyperscalers américains et ses ambitions sur le marché du cloud souverain."),
    ]),
    ("fnac-darty-leak", "fresh9", [
        ("zdnet.fr", "10-03 11:00", "Fnac Darty confirme une fuite de données touchant ses clients",
         "Le distributeur a détecté un accès non autorisé à un outil de gestion de la relation client. Identité, coordonnées et numéros de carte de fidélité seraient concernés, selon le courriel envoyé samedi aux clients."),
        ("journaldugeek.com", "10-03 16:30", "Après Leroy Merlin, c'est au tour de la Fnac et de Darty de subir une fuite de données",
         "Deux jours après l'enseigne de bricolage, le spécialiste de l'électroménager et des produits culturels prévient ses clients d'une intrusion dans ses systèmes. Le nombre de personnes touchées n'est pas encore connu."),
    ]),
    ("xiaomi-scooter-recall", "fresh9", [
        ("frandroid.com", "10-05 09:00", "Xiaomi rappelle sa trottinette Electric Scooter 6 Pro à cause d'un défaut de freinage",
         "Moins d'une semaine après sa sortie, le modèle phare de Xiaomi fait l'objet d'un rappel volontaire : une pièce du frein arrière peut se desserrer et provoquer une perte de freinage. Les clients sont invités à cesser de l'utiliser."),
        ("01net.com", "10-05 12:30", "Rappel produit : ne roulez plus avec cette trottinette électrique Xiaomi",
         "La fiche publiée sur Rappel Conso concerne les Electric Scooter 6 Pro vendues depuis le 29 septembre. Le fabricant propose une réparation gratuite en point de service ou un remboursement intégral."),
        ("bfmtv.com", "10-05 18:00", "Trottinettes rappelées : « Nous avons identifié un risque de chute », reconnaît la marque",
         "Xiaomi assure qu'aucun accident grave n'a été signalé en France, mais estime à près de 12 000 le nombre d'exemplaires de son dernier modèle concernés en Europe."),
    ]),
    ("freebox-ultra-2-launch", "fresh9", [
        ("frandroid.com", "10-06 10:00", "Free lance la Freebox Ultra 2 avec Wi-Fi 8 et 10 Gbit/s symétriques",
         "Xavier Niel a présenté mardi la nouvelle box haut de gamme de l'opérateur, proposée à 54,99 euros par mois avec Netflix, Disney+ et Canal+ inclus, et un nouveau décodeur sous Android TV."),
        ("lesnumeriques.com", "10-06 12:45", "Freebox Ultra 2 : prix, débits, services inclus, tout savoir sur la nouvelle offre de Free",
         "Disponible dès le 8 octobre, la box intègre un répéteur Wi-Fi 8, un disque de 1 To pour l'enregistrement et un abonnement au bouquet TV Free enrichi de 40 chaînes."),
        ("bfmtv.com", "10-06 17:00", "« La meilleure box du marché » : Xavier Niel dévoile sa nouvelle offre internet",
         "Le fondateur d'Iliad est remonté sur scène pour présenter la Freebox Ultra 2, un mois après l'accord de rachat de SFR, et promet que les futurs abonnés venus de SFR pourront y souscrire sans frais."),
    ]),
    # ------------------------------------------------ one buyer, two acquisitions in three days
    ("dassault-simcore", "fresh9", [
        ("usine-digitale.fr", "10-07 09:30", "Dassault Systèmes rachète l'américain Simcore pour 1,2 milliard de dollars",
         "L'éditeur de logiciels de Vélizy met la main sur un spécialiste de la simulation des fluides utilisée dans l'aéronautique et l'automobile, afin de renforcer sa plateforme 3DExperience. La transaction sera finalisée début 2027."),
        ("lesechos.fr", "10-07 14:00", "Simulation : Dassault Systèmes s'offre Simcore, sa plus grosse acquisition depuis Medidata",
         "Le groupe dirigé par Pascal Daloz paie environ neuf fois le chiffre d'affaires de la cible. Simcore, basé à Boston, emploie 650 personnes et revendique Boeing et Toyota parmi ses clients."),
    ]),
    ("arcep-mobile-quality", "fresh9", [
        ("next.ink", "10-08 10:00", "Qualité des réseaux mobiles : Orange reste en tête de l'enquête annuelle de l'Arcep",
         "Le régulateur a publié jeudi les résultats de ses 1,2 million de mesures sur le terrain : Orange domine sur les débits et la voix, Bouygues Telecom progresse en zones rurales, SFR recule et Free ferme la marche en 5G."),
    ]),
    ("dassault-nomadia", "fresh9", [
        ("lemondeinformatique.fr", "10-09 10:00", "Dassault Systèmes acquiert la start-up française Nomadia AI",
         "Deux jours après l'annonce du rachat de Simcore, l'éditeur s'empare d'une jeune pousse lyonnaise spécialisée dans les agents d'IA pour l'ingénierie. Le montant de l'opération n'a pas été communiqué."),
        ("channelnews.fr", "10-09 15:30", "Nouvelle acquisition pour l'éditeur de 3DExperience, qui mise sur les agents d'IA",
         "Dassault Systèmes accueille les 80 salariés de Nomadia AI, dont la technologie rejoindra sa plateforme dès 2027 pour automatiser la génération de modèles 3D à partir de simples cahiers des charges."),
    ]),
    # ------------------------------------------------ daily digest, day 2
    ("clubic-digest-10-09", "fresh9", [
        ("clubic.com", "10-09 18:00", "Les infos du jour : Dassault Systèmes rachète encore, Freebox Ultra 2, trottinettes rappelées",
         "Nouvelle acquisition dans l'IA pour l'éditeur de Vélizy, premiers retours sur la box de Free et point sur le rappel des trottinettes Xiaomi : le résumé des actualités tech de ce vendredi 9 octobre."),
    ]),
    # ------------------------------------------------ weekly roundup, week 6
    ("lesnum-recap-10-11", "fresh9", [
        ("lesnumeriques.com", "10-11 09:00", "Le récap de la semaine : Freebox Ultra 2, rappel Xiaomi, enquête de l'Arcep",
         "Nouvelle box chez Free, trottinette rappelée par son fabricant et classement annuel des réseaux mobiles : voici les informations high-tech qui ont marqué la deuxième semaine d'octobre."),
    ]),
    # ------------------------------------------------ one vendor, two flaws in one week
    ("cisco-asa-zero-day", "fresh9", [
        ("lemagit.fr", "10-12 16:00", "Cisco alerte sur une faille zero-day exploitée dans ses pare-feu ASA",
         "Référencée CVE-2026-20417, la vulnérabilité du service VPN web des Adaptive Security Appliance permet l'exécution de code à distance. Cisco a observé des exploitations attribuées à un acteur étatique."),
        ("zdnet.fr", "10-13 07:30", "Pare-feu Cisco ASA et Firepower : une vulnérabilité critique activement exploitée",
         "Le CERT-FR publie une alerte et recommande d'appliquer immédiatement les correctifs, ou à défaut de désactiver le portail VPN web. Plusieurs centaines d'équipements vulnérables seraient exposés en France."),
        ("lemondeinformatique.fr", "10-13 11:00", "L'équipementier de San José corrige en urgence une faille de ses pare-feu",
         "Cisco a publié lundi soir des mises à jour pour ses appliances ASA et Firepower Threat Defense, après la découverte d'une campagne d'attaques visant des organisations gouvernementales en Europe."),
    ]),
    ("free-mobile-outage", "fresh9", [
        ("bfmtv.com", "10-13 09:45", "Panne Free Mobile : des milliers d'abonnés privés d'appels et de données",
         "Depuis 7 heures ce mardi, de nombreux clients de Free Mobile ne peuvent plus passer d'appels ni utiliser internet sur leur smartphone, notamment en Île-de-France, dans le Nord et en Provence."),
        ("numerama.com", "10-13 14:30", "Le réseau mobile de Free rétabli après une panne de près de six heures",
         "L'opérateur attribue la coupure à un incident logiciel sur un équipement de cœur de réseau et promet un geste commercial à ses abonnés. Il s'agit de sa panne la plus longue depuis 2023."),
    ]),
    # ------------------------------------------------ monthly patches, October
    ("patch-tuesday-october", "fresh9", [
        ("zdnet.fr", "10-13 20:00", "Patch Tuesday d'octobre : Microsoft corrige 104 failles, dont trois zero-day",
         "Le lot de correctifs d'octobre de Microsoft traite notamment trois vulnérabilités déjà exploitées, dans le pilote CLFS de Windows, dans l'hyperviseur Hyper-V et dans le moteur de rendu MSHTML."),
        ("cio-online.com", "10-14 09:00", "Correctifs Microsoft : trois vulnérabilités exploitées à traiter en priorité ce mois-ci",
         "Avec plus d'une centaine de failles comblées, la mise à jour mensuelle d'octobre est l'une des plus volumineuses de l'année. Les équipes sécurité doivent prioriser les serveurs Hyper-V et les postes Windows 11."),
    ]),
    # ------------------------------------------------ two funding rounds, one day
    ("dust-series-b", "fresh9", [
        ("lesechos.fr", "10-14 06:00", "Dust, la start-up des agents d'IA pour les entreprises, lève 60 millions d'euros",
         "Fondée par deux anciens d'OpenAI et de Stripe, la pépite parisienne boucle une série B menée par Sequoia Capital, avec la participation de Bpifrance, pour accélérer son développement aux États-Unis."),
        ("usine-digitale.fr", "10-14 10:30", "Agents IA : Dust boucle une levée d'une soixantaine de millions d'euros",
         "La jeune pousse, qui permet aux entreprises de créer des assistants connectés à leurs données internes, revendique 2 000 clients dont Qonto et Alan et prévoit de doubler ses effectifs d'ici un an."),
        ("bfmtv.com", "10-14 15:00", "French Tech : la pépite Dust séduit Sequoia",
         "L'éditeur parisien d'agents conversationnels pour les salariés rejoint le club des start-up françaises ayant levé plus de 100 millions depuis leur création, avec ce tour de table de 60 M€ mené par le fonds américain."),
    ]),
    ("pasqal-funding", "fresh9", [
        ("latribune.fr", "10-14 07:30", "Informatique quantique : Pasqal lève 200 millions d'euros",
         "La start-up francilienne, qui conçoit des ordinateurs quantiques à atomes neutres, réalise l'une des plus grosses levées de l'année dans la French Tech, avec un fonds souverain du Golfe et Bpifrance au capital."),
        ("challenges.fr", "10-14 12:00", "Pasqal lève 200 millions d'euros pour industrialiser ses ordinateurs quantiques",
         "Le fabricant cofondé par le prix Nobel Alain Aspect va construire une usine à Massy et vise une machine de 10 000 qubits d'ici 2028, face à des concurrents américains et chinois lourdement financés."),
    ]),
    ("bleu-secnumcloud", "fresh9", [
        ("silicon.fr", "10-15 10:00", "Bleu obtient la qualification SecNumCloud de l'ANSSI",
         "La coentreprise d'Orange et de Capgemini, qui commercialise les services cloud de Microsoft dans un environnement opéré en France, décroche le visa de sécurité de l'agence après deux ans d'évaluation."),
        ("lemondeinformatique.fr", "10-15 14:30", "Cloud de confiance : l'offre d'Orange et Capgemini reçoit le sésame SecNumCloud",
         "Avec cette qualification, Bleu peut désormais héberger les données sensibles des administrations et des opérateurs d'importance vitale, un marché jusqu'ici dominé par OVHcloud et Outscale."),
        ("cio-online.com", "10-16 08:00", "Azure et Microsoft 365 qualifiés SecNumCloud via Bleu : ce que ça change pour les DSI",
         "Les entreprises soumises à la doctrine « cloud au centre » peuvent désormais utiliser les outils collaboratifs de Microsoft hébergés par la coentreprise franco-française, à condition de passer par ses offres dédiées."),
    ]),
    ("cisco-ios-xe-flaw", "fresh9", [
        ("lemagit.fr", "10-15 17:20", "Cisco corrige une vulnérabilité critique dans IOS XE, la deuxième alerte de la semaine",
         "Notée 10 sur 10, la faille CVE-2026-20431 touche la fonction de mise à jour d'images des contrôleurs sans fil sous IOS XE. Elle n'est pas exploitée à ce jour, selon Cisco, mais un code de démonstration est attendu."),
        ("silicon.fr", "10-16 09:00", "IOS XE : une faille notée 10/10 menace les contrôleurs Wi-Fi de Cisco",
         "Trois jours après l'alerte sur ses pare-feu ASA, l'équipementier publie un nouveau correctif pour ses contrôleurs Catalyst 9800. Un jeton codé en dur permettrait à un attaquant de téléverser des fichiers arbitraires."),
    ]),
    # ------------------------------------------------ newsletter, issue 2
    ("cio-lettre-216", "fresh9", [
        ("cio-online.com", "10-18 07:00", "La lettre des DSI #216 : Bleu qualifié SecNumCloud, failles Cisco, Patch Tuesday",
         "Au sommaire cette semaine : la qualification tant attendue de la coentreprise d'Orange et Capgemini, deux alertes en trois jours chez l'équipementier de San José et le bilan des correctifs mensuels de Microsoft."),
    ]),
    ("anssi-espionage-report", "fresh9", [
        ("next.ink", "10-19 11:00", "L'ANSSI dévoile une campagne d'espionnage visant des ministères français",
         "Dans un rapport publié lundi, l'agence décrit les intrusions d'un groupe lié à la Chine, qui a exploité des routeurs et des pare-feu non mis à jour pour accéder aux messageries de plusieurs administrations depuis 2025."),
        ("itforbusiness.fr", "10-19 16:00", "Cyberespionnage : l'agence nationale de cybersécurité pointe un groupe chinois",
         "L'équipe d'attaquants, suivie sous plusieurs noms par les éditeurs de sécurité, aurait ciblé au moins cinq ministères et deux industriels de défense. L'ANSSI publie des indicateurs de compromission pour aider à la détecter."),
    ]),
    ("mistral-datacenter-essonne", "fresh9", [
        ("latribune.fr", "10-20 08:00", "Mistral AI inaugure son premier datacenter à Bruyères-le-Châtel",
         "Le campus de calcul haute performance de l'Essonne, d'une puissance de 40 mégawatts et équipé de 18 000 puces Nvidia, doit permettre à la start-up d'entraîner ses futurs modèles sans dépendre des clouds américains."),
        ("bfmtv.com", "10-20 13:00", "IA : la pépite française inaugure son propre centre de calcul en Essonne",
         "En présence du président de la République, Mistral AI a mis en service mardi un supercalculateur HPC qu'elle présente comme le plus puissant d'Europe dédié à l'IA. Un second site est prévu dans le Grand Est."),
    ]),
    ("montauban-cyberattack", "fresh9", [
        ("zdnet.fr", "10-20 10:30", "La ville de Montauban paralysée par une cyberattaque",
         "Les services en ligne de la mairie et de l'agglomération sont inaccessibles depuis lundi. État civil, cantines et médiathèques fonctionnent en mode dégradé, le temps que les prestataires restaurent les systèmes chiffrés."),
        ("01net.com", "10-21 09:00", "Rançongiciel à Montauban : les données des habitants dérobées ?",
         "Le groupe Akira a revendiqué mardi soir l'attaque contre la ville préfecture du Tarn-et-Garonne, affirmant détenir 120 Go de documents administratifs. La municipalité a porté plainte et informé la CNIL."),
    ]),
    # ------------------------------------------------ two CEO changes, one day
    ("sopra-steria-ceo", "fresh9", [
        ("channelnews.fr", "10-21 09:00", "Sopra Steria change de directeur général : Sophie Lemaire succède à Cyril Malargé",
         "Le conseil d'administration de l'ESN a nommé mardi Sophie Lemaire, jusqu'ici directrice de la filiale britannique, au poste de directrice générale à compter du 1er janvier. Cyril Malargé quitte le groupe après quatre ans à sa tête."),
        ("lesechos.fr", "10-21 12:00", "Services informatiques : changement de patron surprise chez Sopra Steria",
         "Le départ de Cyril Malargé, annoncé sans préavis, intervient après deux avertissements sur la marge cette année. L'action a reculé de 4 % à l'ouverture de la Bourse de Paris, les investisseurs s'inquiétant d'une nouvelle révision."),
    ]),
    ("ledger-ceo", "fresh9", [
        ("challenges.fr", "10-21 10:00", "Ledger nomme une nouvelle directrice générale en vue de son introduction en Bourse",
         "Pascal Gauthier laisse les commandes du fabricant de portefeuilles de cryptomonnaies à Anne Delorme, ex-dirigeante de PayPal en Europe, et devient président non exécutif. L'entreprise prépare une cotation à New York."),
        ("numerama.com", "10-21 15:00", "Le fabricant français de portefeuilles crypto change de patron",
         "Chez Ledger, Anne Delorme succède à Pascal Gauthier, qui dirigeait la licorne depuis 2019. La nouvelle directrice générale devra mener l'introduction en Bourse, envisagée pour 2027."),
    ]),
    ("aws-paris-outage", "fresh9", [
        ("silicon.fr", "10-22 10:15", "Panne chez AWS : la région de Paris indisponible depuis ce matin",
         "Une défaillance réseau dans deux des trois zones de disponibilité de la région eu-west-3 rend injoignables depuis 7 h 30 des sites marchands, des applications bancaires et des services publics en ligne."),
        ("journaldugeek.com", "10-22 11:30", "Doctolib, Qonto, Vinted : une panne d'Amazon Web Services perturbe de nombreux services",
         "Les utilisateurs de plusieurs applications françaises rencontrent des erreurs en série depuis ce jeudi matin. En cause, un incident dans les centres de données parisiens du cloud d'Amazon, en cours de résolution."),
        ("cio-online.com", "10-23 08:00", "Incident de la région eu-west-3 : le cloud d'Amazon publie son post-mortem",
         "Une mise à jour de configuration des routeurs a provoqué la coupure de quatre heures de jeudi. AWS promet de revoir ses procédures de déploiement, tandis que des DSI s'interrogent sur leur dépendance à une seule région."),
    ]),
    ("taxe-services-numeriques-vote", "fresh9", [
        ("challenges.fr", "10-23 07:30", "Budget 2027 : les députés votent le doublement de la taxe sur les services numériques",
         "Par un amendement adopté jeudi soir contre l'avis du gouvernement, l'Assemblée nationale porte de 3 % à 6 % la taxe sur les géants du numérique. Washington menace déjà de représailles commerciales."),
    ]),
    # ------------------------------------------------ podcast, episode 2
    ("01net-podcast-416", "fresh9", [
        ("01net.com", "10-23 16:00", "Podcast 01LIVE Hebdo #416 : panne d'AWS, Mistral AI dans l'Essonne, espionnage chinois",
         "Cette semaine, la rédaction décrypte la panne qui a paralysé une partie du web français, l'inauguration du centre de calcul de Mistral AI et la campagne d'espionnage révélée par l'ANSSI."),
    ]),
    ("adlc-google-fine", "fresh9", [
        ("next.ink", "10-26 10:00", "L'Autorité de la concurrence inflige 150 millions d'euros d'amende à Google",
         "L'autorité reproche au moteur de recherche d'avoir abusé de sa position dominante dans la publicité en ligne en favorisant ses propres outils d'achat d'espaces au détriment des éditeurs de presse français."),
        ("lesechos.fr", "10-26 15:00", "Publicité en ligne : le groupe de Mountain View sanctionné en France pour abus de position dominante",
         "Avec 150 M€, c'est la troisième amende infligée à Google par le gendarme de la concurrence en cinq ans. L'entreprise a aussitôt annoncé son intention de contester la décision devant la cour d'appel de Paris."),
    ]),
    # ------------------------------------------------ Capgemini: figures, then job cuts two days later
    ("capgemini-q3-revenue", "fresh9", [
        ("lesechos.fr", "10-27 06:30", "Capgemini voit son chiffre d'affaires reculer au troisième trimestre",
         "Le groupe de services informatiques a réalisé 5,3 milliards d'euros de chiffre d'affaires entre juillet et septembre, en baisse de 1,8 % à taux de change constants, pénalisé par le ralentissement du secteur automobile en Europe."),
        ("lemondeinformatique.fr", "10-27 10:00", "Résultats T3 2026 : Capgemini abaisse ses prévisions annuelles",
         "L'ESN française anticipe désormais une croissance comprise entre -1 % et 0 % pour l'ensemble de l'exercice, contre +1 % auparavant. Les activités de conseil en IA générative progressent cependant de 30 %."),
        ("channelnews.fr", "10-27 14:30", "Le numéro un français des services numériques déçoit les marchés",
         "Capgemini a perdu jusqu'à 7 % en Bourse mardi après la publication d'un chiffre d'affaires trimestriel inférieur aux attentes des analystes et la révision à la baisse de ses objectifs pour 2026."),
    ]),
    ("capgemini-rcc", "fresh9", [
        ("linforme.com", "10-29 06:00", "Capgemini prépare un plan de départs volontaires de 1 500 postes en France",
         "Selon nos informations, la direction de l'ESN doit présenter la semaine prochaine aux syndicats une rupture conventionnelle collective visant principalement les consultants en intersaison et les fonctions support."),
        ("lemagit.fr", "10-29 10:15", "Capgemini : 1 500 départs volontaires en préparation, selon L'Informé",
         "Deux jours après un troisième trimestre décevant, le groupe de services informatiques s'apprêterait à réduire ses effectifs français d'environ 4 %, une première depuis la crise financière de 2008."),
        ("challenges.fr", "10-29 16:00", "Layoffs chez Capgemini : l'ESN taille dans ses effectifs français",
         "Quelque 1 500 salariés seraient concernés par la rupture conventionnelle collective que le groupe d'Aiman Ezzat doit soumettre aux organisations syndicales. La CFDT dénonce « un plan social qui ne dit pas son nom »."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)

__all__ = ["ALIASES", "ARTICLES"]
