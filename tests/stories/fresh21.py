"""A twenty-first fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh21".
It holds outages, cyberattacks, data leaks, fines and appeals, laws, court rulings, results,
job cuts and strikes, acquisitions, funding rounds, appointments, flaws, launches, AI models,
video games, space launches, semiconductors, telecom prices, procurement and regional news.
Same-story articles are often reworded: synonyms, digits versus words, another angle, a
consumer explainer, a quote or a number as title, the actor named by periphrasis or only in
the lead, an analysis or a reaction published the next day, and "selon L'Informé" relays.
Hard negatives are deliberate: one firm's two outages, fines, flaws, models or acquisitions;
results then job cuts then a strike; a fine then its appeal; a law in one chamber then the
other; two hospitals attacked the same week; two leaks in one sector; two rounds on one day;
two appointments on one day; a launch and its later bug; a leak before a launch; a game's
release and its later sales; a same-name firm; rival operators' price rises; opposite public
procurement moves; two firms of one industrial valley; a regulator's survey and an NGO's
counter-survey; a circular and a Senate report the same day; two launchers in one week; and
roundups, a brief, a podcast, a newsletter and a deals post that merge with nothing.
`build` fixes the year 2026; times are UTC, February and December 2026.

Measured once, on the code that lands (c03dc14), and nothing was changed after: precision 1.000,
recall 0.807 (the code that landed before, c40ca00: 1.000, 0.816). No wrong link.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ fixed-line outage, consumer angle, periphrasis, next-day analysis
    ("orange-panne-fixe-fevrier", "fresh21", [
        ("bfmtv.com", "02-03 09:40", "Panne géante chez Orange : internet coupé pour des milliers d'abonnés", "Depuis 7 heures ce mardi, de nombreux clients fibre et ADSL d'Orange sont privés de connexion dans toute la France, selon le site Downdetector."),
        ("01net.com", "02-03 10:25", "Votre Livebox ne capte plus internet ? Voici ce qu’il faut faire pendant la panne", "Orange confirme un incident national sur son réseau fixe. Redémarrer la box ne sert à rien : on vous explique comment suivre le rétablissement et obtenir un geste commercial."),
        ("numerama.com", "02-03 14:10", "L’opérateur historique a rétabli son réseau après une matinée noire", "Orange annonce le retour à la normale de ses services internet fixe, interrompus pendant près de six heures ce mardi pour des millions de foyers."),
        ("lemagit.fr", "02-04 08:30", "Panne Orange du 3 février : un équipement de cœur de réseau mis en cause", "L'opérateur attribue l'interruption nationale de ses offres fixes à la défaillance d'un routeur lors d'une opération de maintenance à Lyon. Les entreprises clientes réclament des comptes."),
    ]),
    # ------------------------------------------------ same operator, second outage six days later (mobile, regional)
    ("orange-panne-mobile-ouest", "fresh21", [
        ("frandroid.com", "02-09 18:05", "Orange : nouvelle panne, cette fois sur le réseau mobile", "Six jours après l'incident qui avait privé d'internet les abonnés fixes, ce sont les appels et les données 4G et 5G qui dysfonctionnent ce lundi soir dans le Grand Ouest."),
        ("20minutes.fr", "02-09 19:30", "Bretagne, Pays de la Loire : impossible de passer un appel pour les clients mobiles d’Orange", "Depuis la fin d'après-midi, des milliers d'abonnés mobiles de l'Ouest ne parviennent plus à téléphoner. L'opérateur évoque un problème sur un site technique de Rennes."),
    ]),
    # ------------------------------------------------ operator price rise (scoop, consumer explainer)
    ("sfr-hausse-box", "fresh21", [
        ("linforme.com", "02-02 07:15", "SFR s'apprête à relever les tarifs de 6 millions d'abonnés box", "Selon nos informations, l'opérateur détenu par Altice notifie cette semaine une nouvelle hausse de ses abonnements fixes, la troisième en deux ans."),
        ("lesnumeriques.com", "02-02 09:00", "SFR augmente encore le prix de ses box : jusqu’à 4 euros de plus par mois", "L'opérateur au carré rouge prévient ses abonnés internet d'une hausse tarifaire à partir d'avril, justifiée par « l'enrichissement » des offres."),
        ("clubic.com", "02-02 12:40", "Hausse de prix chez SFR : qui est concerné et comment résilier sans frais", "Des millions d'abonnés fixes de SFR vont recevoir un courriel annonçant une augmentation de 2 à 4 € par mois. Ils disposent de quatre mois pour partir sans payer de frais."),
    ]),
    # ------------------------------------------------ same operator, network news the next day (not the price rise)
    ("sfr-5g-sa", "fresh21", [
        ("frandroid.com", "02-03 11:00", "SFR active la 5G SA pour ses clients mobiles dans 20 villes", "L'opérateur lance la 5G « stand-alone » pour le grand public, avec une latence réduite, d'abord à Paris, Lyon, Marseille et Toulouse."),
        ("zdnet.fr", "02-03 15:20", "5G autonome : SFR ouvre son cœur de réseau au grand public", "Après une phase réservée aux entreprises, SFR généralise la 5G stand-alone dans une vingtaine d'agglomérations, sans surcoût pour les forfaits compatibles."),
    ]),
    # ------------------------------------------------ rival operator's price rise the same week
    ("bouygues-hausse-forfaits", "fresh21", [
        ("01net.com", "02-04 10:10", "Après SFR, Bouygues Telecom augmente à son tour le prix de ses forfaits", "Les abonnés mobiles Sensation et B&You verront leur facture grimper de 1 à 3 euros par mois dès le mois de mars."),
        ("lesnumeriques.com", "02-04 16:00", "Bouygues Telecom : 1 à 3 € de plus par mois pour les forfaits mobiles", "Les clients concernés sont prévenus par courriel et peuvent résilier sans frais. L'opérateur invoque la hausse des coûts d'énergie et d'investissement."),
    ]),
    # ------------------------------------------------ first of two acquisitions by one buyer
    ("capgemini-rachat-stratocloud", "fresh21", [
        ("lemondeinformatique.fr", "02-03 09:30", "Capgemini s'offre le spécialiste du cloud Stratocloud", "L'ESN française acquiert le cabinet lyonnais de conseil en architecture cloud, qui compte 350 consultants, pour un montant non divulgué."),
        ("channelnews.fr", "02-03 14:00", "Rachat : Stratocloud rejoint le giron de Capgemini", "Le cabinet lyonnais et ses 350 consultants spécialisés dans les migrations vers le cloud intègrent la branche Cloud Infrastructure Services du groupe."),
        ("lesechos.fr", "02-04 06:45", "Le numéro un français des services informatiques muscle son offre cloud avec une acquisition à Lyon", "Capgemini met la main sur Stratocloud, une opération qui vise à répondre à la demande de cloud souverain des grands comptes."),
    ]),
    # ------------------------------------------------ second acquisition by the same buyer three days later
    ("capgemini-rachat-armorisk", "fresh21", [
        ("silicon.fr", "02-06 10:00", "Cybersécurité : Capgemini rachète le pure player rennais Armorisk", "Trois jours après une acquisition dans le cloud, l'ESN annonce le rachat d'Armorisk, spécialiste de la réponse à incident."),
        ("cio-online.com", "02-06 15:30", "Capgemini ajoute 120 experts en réponse à incident avec Armorisk", "La société bretonne, fondée en 2017, rejoindra l'activité cybersécurité du groupe. Le montant de la transaction n'a pas été communiqué."),
    ]),
    # ------------------------------------------------ public procurement renewal with Microsoft
    ("ugap-microsoft-renouvellement", "fresh21", [
        ("next.ink", "02-04 11:00", "L'État reconduit pour quatre ans son accord-cadre avec Microsoft via l'Ugap", "La centrale d'achat public renouvelle le marché de licences Microsoft 365 et Azure ouvert aux administrations, malgré les appels à la souveraineté numérique."),
        ("lemagit.fr", "02-04 17:30", "Licences Microsoft : l’Ugap renouvelle son marché, estimé à 1,2 milliard d’euros", "Le nouvel accord-cadre, attribué au revendeur historique, couvre les ministères, les collectivités et les hôpitaux jusqu'en 2030."),
    ]),
    # ------------------------------------------------ opposite procurement move the next day (ministry leaves Microsoft)
    ("education-abandon-microsoft", "fresh21", [
        ("numerama.com", "02-05 09:20", "L'Éducation nationale va abandonner Microsoft Teams au profit d'outils libres", "Le ministère annonce la généralisation de ses services apps.education.fr à tous les personnels d'ici la rentrée 2027."),
        ("next.ink", "02-05 12:00", "La Rue de Grenelle tourne la page de Microsoft 365 pour ses 1,2 million d’agents", "Visioconférence, messagerie, bureautique : le ministère de l'Éducation nationale bascule vers des logiciels libres hébergés en France."),
        ("20minutes.fr", "02-05 18:00", "Enseignants : ce qui change avec la fin de Teams et d’Office dans les écoles", "Le ministère de l'Éducation nationale remplace les outils de Microsoft par des logiciels libres. Calendrier, formation, données des élèves : nos réponses."),
    ]),
    # ------------------------------------------------ law vote, first chamber (explainer, number-led title)
    ("majorite-numerique-assemblee", "fresh21", [
        ("bfmtv.com", "02-04 23:10", "Les députés votent l'interdiction des réseaux sociaux aux moins de 15 ans", "L'Assemblée nationale a adopté mercredi soir en première lecture la proposition de loi sur la majorité numérique, par 312 voix contre 98."),
        ("20minutes.fr", "02-05 07:30", "Réseaux sociaux interdits avant 15 ans : ce que contient le texte adopté par l’Assemblée", "Vérification d'âge, sanctions contre les plateformes, contrôle parental : on fait le point sur la loi votée par les députés."),
        ("next.ink", "02-05 10:45", "Majorité numérique : l'Assemblée adopte le texte, la vérification d'âge reste floue", "Le texte voté par les députés renvoie à un référentiel de l'Arcom le soin de définir comment TikTok, Instagram ou Snapchat devront contrôler l'âge des utilisateurs."),
        ("numerama.com", "02-05 13:00", "312 voix pour : les députés disent oui à la majorité numérique à 15 ans", "La proposition de loi interdisant l'inscription sur les réseaux sociaux avant 15 ans part désormais au Sénat."),
    ]),
    # ------------------------------------------------ job cuts (quote as title, actor only in lead)
    ("ubisoft-plan-social", "fresh21", [
        ("lesechos.fr", "02-05 07:30", "Ubisoft va supprimer 450 postes en France", "L'éditeur de jeux vidéo engage un nouveau plan de restructuration qui touche ses studios de Montpellier, Annecy et Paris, après une année de ventes décevantes."),
        ("clubic.com", "02-05 11:00", "Ubisoft : près de 450 emplois menacés dans l’Hexagone", "Le groupe de la famille Guillemot annonce un plan de départs qui concerne près d'un quart de ses effectifs français."),
        ("bfmtv.com", "02-05 14:45", "« Une décision douloureuse mais nécessaire » : Yves Guillemot justifie les suppressions de postes", "Le PDG d'Ubisoft défend la suppression de 450 emplois en France, qu'il juge indispensable pour redresser les comptes de l'éditeur."),
    ]),
    # ------------------------------------------------ same publisher, game delay the next day (single)
    ("ubisoft-report-prince-of-persia", "fresh21", [
        ("lesnumeriques.com", "02-06 10:30", "Ubisoft repousse son remake de Prince of Persia à 2027", "Au lendemain de l'annonce de son plan social, l'éditeur décale une nouvelle fois la sortie du remake des Sables du Temps, développé à Montréal."),
    ]),
    # ------------------------------------------------ weekly roundup listing several events (single)
    ("recap-semaine-7-fevrier", "fresh21", [
        ("01net.com", "02-07 09:00", "L'essentiel de la semaine : panne géante chez Orange, plan social chez Ubisoft et réseaux sociaux interdits avant 15 ans", "Chaque samedi, retrouvez les actualités tech qui ont marqué la semaine, en quelques lignes."),
    ]),
    # ------------------------------------------------ regulator fine (periphrasis, consumer angle)
    ("cnil-amende-free", "fresh21", [
        ("lemondeinformatique.fr", "02-10 10:00", "La CNIL inflige 35 millions d'euros d'amende à Free et Free Mobile", "La commission sanctionne les deux filiales d'Iliad pour des manquements à la sécurité des données, révélés par la cyberattaque de 2024 qui avait exposé 19 millions d'abonnés."),
        ("next.ink", "02-10 11:30", "Fuite de données : Free sanctionné à hauteur de 35 M€", "La formation restreinte de la CNIL reproche à l'opérateur une authentification insuffisante des accès à son outil de gestion des clients."),
        ("numerama.com", "02-10 17:00", "Après le piratage géant de 2024, l’opérateur de Xavier Niel paie le prix fort", "La CNIL a prononcé une amende de 35 millions d'euros contre Free et Free Mobile, l'une des plus lourdes jamais infligées en France."),
        ("clubic.com", "02-11 08:15", "Amende de la CNIL contre Free : ce que cela change pour les abonnés", "La sanction de 35 millions d'euros n'ouvre pas droit à une indemnisation automatique. On vous explique les recours possibles si vos données ont fuité."),
    ]),
    # ------------------------------------------------ same-name look-alike: a different company (single)
    ("freenow-licenciements", "fresh21", [
        ("bfmtv.com", "02-10 12:20", "Free Now ferme son bureau parisien et licencie 80 salariés", "L'application de VTC, passée sous le contrôle de l'américain Lyft, réduit la voilure en France et centralise ses équipes à Hambourg."),
    ]),
    # ------------------------------------------------ founder's personal investment, not his firm's news (single)
    ("niel-qubix", "fresh21", [
        ("lesechos.fr", "02-11 07:00", "Xavier Niel mène un tour de table de 40 millions dans la start-up quantique Qubix", "Le fondateur d'Iliad investit à titre personnel dans la jeune pousse grenobloise, qui conçoit des processeurs quantiques à base de spins."),
    ]),
    # ------------------------------------------------ vendor flaw, next-day exposure count
    ("fortinet-faille-fortios", "fresh21", [
        ("lemagit.fr", "02-11 09:00", "Fortinet corrige une faille critique activement exploitée dans FortiOS", "La vulnérabilité CVE-2026-21762, notée 9,8, permet l'exécution de code à distance sans authentification sur les VPN SSL. Le CERT-FR appelle à appliquer le correctif en urgence."),
        ("zdnet.fr", "02-11 13:30", "VPN SSL : un zero-day du système des pare-feu FortiGate exploité par des attaquants", "L'équipementier Fortinet reconnaît des attaques en cours visant la CVE-2026-21762 et publie des indicateurs de compromission."),
        ("lemondeinformatique.fr", "02-12 08:00", "Faille FortiOS : des milliers de pare-feu toujours exposés en France", "Au lendemain de la publication du correctif par Fortinet, la fondation Shadowserver recense encore 4 000 équipements vulnérables dans l'Hexagone."),
    ]),
    # ------------------------------------------------ same vendor, second flaw two days later
    ("fortinet-faille-fortiweb", "fresh21", [
        ("lemagit.fr", "02-13 10:15", "Nouvelle alerte chez Fortinet : FortiWeb touché par une injection de commandes", "Deux jours après FortiOS, l'équipementier publie un correctif pour son pare-feu applicatif web, référencé CVE-2026-22940."),
        ("silicon.fr", "02-13 16:00", "Fortinet : une deuxième faille critique en une semaine, cette fois dans FortiWeb", "La vulnérabilité permet à un attaquant authentifié d'exécuter des commandes système. Aucune exploitation n'a été constatée à ce stade."),
    ]),
    # ------------------------------------------------ strike a week after the job cuts
    ("ubisoft-greve", "fresh21", [
        ("numerama.com", "02-12 10:00", "Grève chez Ubisoft : les salariés débrayent contre le plan social", "À l'appel du STJV et de Solidaires Informatique, les employés des studios français cessent le travail, une semaine après l'annonce de 450 suppressions de postes."),
        ("01net.com", "02-12 16:20", "Les développeurs d’Assassin’s Creed en grève ce jeudi", "Plusieurs centaines de salariés d'Ubisoft se sont rassemblés devant le siège de Saint-Mandé pour réclamer l'abandon des licenciements."),
    ]),
    # ------------------------------------------------ podcast episode listing several events (single)
    ("podcast-tech-13-fevrier", "fresh21", [
        ("bfmtv.com", "02-13 18:00", "Tech & Co, le podcast : amende record pour Free, failles Fortinet et grève chez Ubisoft", "Dans cet épisode, nos journalistes reviennent sur les sujets qui ont agité le numérique cette semaine."),
    ]),
    # ------------------------------------------------ first hospital attacked (claim reported next day)
    ("cyberattaque-ch-vienne", "fresh21", [
        ("lemagit.fr", "02-16 11:00", "Le centre hospitalier de Vienne frappé par un rançongiciel", "L'hôpital isérois a basculé en mode dégradé dans la nuit de dimanche à lundi. Les opérations non urgentes sont déprogrammées."),
        ("20minutes.fr", "02-16 15:40", "Isère : l’hôpital de Vienne victime d’une cyberattaque, les urgences réorientées", "Les patients sont dirigés vers les établissements de Lyon et de Grenoble le temps de rétablir le système informatique."),
        ("zdnet.fr", "02-17 09:30", "Cyberattaque à Vienne : un groupe de rançongiciel revendique l'attaque de l'hôpital", "Le groupe affirme avoir dérobé 300 Go de données au centre hospitalier isérois et fixe un ultimatum d'une semaine."),
    ]),
    # ------------------------------------------------ second hospital the same week
    ("cyberattaque-chu-nimes", "fresh21", [
        ("bfmtv.com", "02-18 12:00", "Le CHU de Nîmes visé par une cyberattaque, deuxième hôpital touché en trois jours", "Après Vienne, c'est au tour de l'établissement gardois de couper ses systèmes par précaution."),
        ("lemagit.fr", "02-18 17:45", "CHU de Nîmes : une intrusion détectée sur la messagerie, pas de chiffrement à ce stade", "La direction du centre hospitalier universitaire indique avoir repéré des connexions suspectes sur des comptes de messagerie du personnel."),
        ("numerama.com", "02-19 10:00", "Données de patients volées à Nîmes : ce que l’on sait de l’attaque contre le CHU", "Comptes rendus médicaux, numéros de sécurité sociale : les premiers éléments de l'enquête sur le piratage de l'hôpital gardois."),
    ]),
    # ------------------------------------------------ appeal of the fine a week later
    ("free-recours-conseil-etat", "fresh21", [
        ("next.ink", "02-17 09:15", "Free saisit le Conseil d’État contre l'amende de la CNIL", "L'opérateur a déposé un recours contre la sanction de 35 millions d'euros prononcée la semaine dernière après la fuite de données de 2024."),
        ("01net.com", "02-17 14:00", "Sanction de 35 millions : Free conteste et dénonce une amende « disproportionnée »", "Iliad estime avoir été lui-même victime d'un acte criminel et demande l'annulation de la décision de la commission."),
    ]),
    # ------------------------------------------------ one firm's first announcement of the week
    ("ovhcloud-region-milan", "fresh21", [
        ("lemondeinformatique.fr", "02-17 10:30", "OVHcloud ouvre une région cloud à Milan", "Le fournisseur roubaisien inaugure trois zones de disponibilité en Italie, sa quatrième région de ce type en Europe."),
        ("channelnews.fr", "02-17 15:00", "Italie : OVHcloud inaugure sa région 3-AZ de Milan", "Les partenaires italiens de l'hébergeur pourront proposer des services managés à haute disponibilité dès le mois prochain."),
    ]),
    # ------------------------------------------------ same firm, second announcement two days later
    ("ovhcloud-secnumcloud-ia", "fresh21", [
        ("lemagit.fr", "02-19 09:00", "OVHcloud obtient la qualification SecNumCloud pour ses services d'IA", "L'Anssi qualifie l'offre AI Endpoints de l'hébergeur, qui permet d'appeler des modèles de langage open source depuis ses datacenters français."),
        ("silicon.fr", "02-19 14:20", "IA souveraine : l’offre AI Endpoints d’OVHcloud décroche le visa de l’Anssi", "Une première pour un service d'inférence en France, qui ouvre la porte aux administrations et aux opérateurs d'importance vitale."),
    ]),
    # ------------------------------------------------ law vote, second chamber two weeks later
    ("majorite-numerique-senat", "fresh21", [
        ("silicon.fr", "02-18 20:30", "Majorité numérique : le Sénat adopte à son tour l'interdiction des réseaux sociaux avant 15 ans", "Deux semaines après les députés, les sénateurs ont voté le texte en le modifiant. Une commission mixte paritaire devra trancher."),
        ("20minutes.fr", "02-19 08:00", "Réseaux sociaux avant 15 ans : les sénateurs durcissent le texte", "Le Sénat a ajouté une amende pouvant atteindre 2 % du chiffre d'affaires mondial des plateformes qui ne vérifient pas l'âge de leurs utilisateurs."),
    ]),
    # ------------------------------------------------ game release (explainer, next-day analysis)
    ("dontnod-sortie-tidewater", "fresh21", [
        ("frandroid.com", "02-19 09:00", "Don't Nod sort Tidewater, son nouveau jeu narratif", "Le studio parisien publie sur PC, PlayStation 5 et Xbox Series son aventure sur une île bretonne menacée par la montée des eaux."),
        ("01net.com", "02-19 14:00", "Tidewater est disponible : prix, plateformes et configuration requise", "Le nouveau jeu de Don't Nod est vendu 39,99 euros. Voici ce qu'il faut pour le faire tourner sur PC."),
        ("lesechos.fr", "02-20 07:00", "Le studio parisien Don’t Nod joue sa survie avec la sortie de Tidewater", "Après plusieurs échecs commerciaux et un plan de départs, l'éditeur coté mise sur son nouveau titre pour redresser ses comptes."),
    ]),
    # ------------------------------------------------ leak before the official launch (single)
    ("galaxy-s26-fuite", "fresh21", [
        ("frandroid.com", "02-20 08:30", "Galaxy S26 Ultra : une fuite massive dévoile prix et fiche technique avant l'Unpacked", "À cinq jours de la présentation officielle, un revendeur européen a mis en ligne par erreur les fiches produits des futurs smartphones de Samsung."),
    ]),
    # ------------------------------------------------ annual threat report, not a specific attack (single)
    ("anssi-panorama-cybermenace", "fresh21", [
        ("zdnet.fr", "02-24 10:00", "L'Anssi publie son panorama de la cybermenace : les hôpitaux toujours en première ligne", "Dans son rapport annuel, l'agence recense 144 incidents de rançongiciel traités en 2025, dont un sur dix dans le secteur de la santé."),
    ]),
    # ------------------------------------------------ annual results (periphrasis in one title)
    ("atos-resultats-annuels", "fresh21", [
        ("lesechos.fr", "02-25 07:00", "Atos renoue avec une marge opérationnelle positive en 2025", "Un an après sa restructuration financière, le groupe de services informatiques affiche une marge de 4,1 % malgré un chiffre d'affaires en repli."),
        ("lemondeinformatique.fr", "02-25 11:30", "Chiffre d'affaires en recul de 12 % pour Atos, mais la rentabilité se redresse", "Le groupe a réalisé 8,6 milliards d'euros de revenus l'an dernier et table sur une stabilisation en 2026."),
        ("channelnews.fr", "02-25 15:00", "Résultats annuels : l’ex-champion français des services numériques stabilise ses comptes", "Atos présente des comptes 2025 meilleurs qu'attendu et un carnet de commandes qui se reconstitue dans le secteur public."),
    ]),
    # ------------------------------------------------ launch at a keynote (explainer, periphrasis)
    ("galaxy-s26-lancement", "fresh21", [
        ("frandroid.com", "02-25 19:30", "Samsung officialise les Galaxy S26, S26+ et S26 Ultra", "Lors de son Unpacked à San Francisco, le constructeur a présenté ses nouveaux smartphones, vendus à partir de 999 euros et disponibles le 13 mars."),
        ("lesnumeriques.com", "02-25 20:00", "Galaxy S26 Ultra : Samsung mise tout sur l’IA et un capteur de 200 Mpx", "Le modèle le plus haut de gamme de la gamme S26 gagne un zoom optique 5x amélioré et de nouvelles fonctions Galaxy AI."),
        ("01net.com", "02-26 08:00", "Galaxy S26 : prix, date de sortie, nouveautés… tout ce qu’il faut savoir", "Samsung a présenté mercredi soir ses trois nouveaux smartphones. Voici notre récapitulatif avant les précommandes."),
        ("20minutes.fr", "02-26 12:00", "Le géant sud-coréen dévoile ses nouveaux smartphones haut de gamme", "Samsung a présenté mercredi soir sa gamme Galaxy S26, avec un accent mis sur l'intelligence artificielle."),
    ]),
    # ------------------------------------------------ daily brief naming two events (single)
    ("brief-26-fevrier", "fresh21", [
        ("journaldunet.com", "02-26 07:00", "Le brief du jeudi 26 février : Atos redresse sa marge, Samsung dévoile les Galaxy S26", "Chaque matin, l'essentiel de l'actualité numérique et business en cinq minutes."),
    ]),
    # ------------------------------------------------ later sales milestone of the game, its own news
    ("dontnod-ventes-tidewater", "fresh21", [
        ("clubic.com", "02-26 11:00", "Tidewater dépasse le million de joueurs en une semaine", "Le jeu de Don't Nod connaît un démarrage bien supérieur aux attentes, porté par le bouche-à-oreille sur Steam."),
        ("lesechos.fr", "02-26 17:30", "Don't Nod s'envole en Bourse porté par le succès de Tidewater", "L'action de l'éditeur parisien a bondi de 18 % après l'annonce du million de joueurs atteint en sept jours."),
    ]),
    # ------------------------------------------------ job cuts two days after results (scoop, relay, reaction)
    ("atos-suppressions-postes", "fresh21", [
        ("linforme.com", "02-27 08:00", "Atos prépare la suppression de 1 200 postes en France", "Selon nos informations, la direction présentera le plan au comité social et économique central la semaine prochaine."),
        ("silicon.fr", "02-27 12:10", "Atos : un plan de 1200 suppressions d’emplois, selon L’Informé", "Le groupe de services numériques, qui vient de publier ses résultats annuels, réduirait ses effectifs français de près de 10 %."),
        ("zdnet.fr", "02-28 09:00", "Restructuration chez Atos : les syndicats dénoncent « un plan de trop »", "Au lendemain des révélations sur la suppression de 1 200 postes, la CFE-CGC et la CGT réclament une réunion d'urgence avec la direction."),
    ]),
    # ------------------------------------------------ two appointments on one day (1)
    ("orange-business-nomination", "fresh21", [
        ("cio-online.com", "12-01 09:00", "Orange Business nomme Claire Vasseur directrice générale", "Elle prendra ses fonctions le 1er janvier et succède à un dirigeant appelé à d'autres responsabilités au sein du groupe Orange."),
        ("lemondeinformatique.fr", "12-01 14:00", "Changement de tête chez Orange Business : Claire Vasseur prend la direction générale", "L'ancienne directrice des opérations de la filiale entreprises de l'opérateur aura pour mission d'accélérer dans le cloud et la cybersécurité."),
    ]),
    # ------------------------------------------------ two appointments on one day (2)
    ("cigref-presidence", "fresh21", [
        ("cio-online.com", "12-01 11:30", "Le Cigref élit Sophie Marchand à sa présidence", "La DSI du groupe Vélia succède au président sortant et prendra la tête de l'association des grandes entreprises utilisatrices du numérique."),
        ("silicon.fr", "12-01 16:00", "Une nouvelle présidente pour le club des DSI des grandes entreprises", "Sophie Marchand, DSI du groupe Vélia, a été élue à la tête du Cigref. Elle veut peser sur les négociations avec les éditeurs américains."),
    ]),
    # ------------------------------------------------ competition-authority fine (periphrasis, interview)
    ("autorite-google-adtech", "fresh21", [
        ("lesechos.fr", "12-02 07:30", "L'Autorité de la concurrence inflige 150 millions d'euros d'amende à Google", "Le gendarme de la concurrence sanctionne le groupe pour abus de position dominante dans la publicité en ligne, au détriment des éditeurs de presse."),
        ("journaldunet.com", "12-02 11:00", "Adtech : Google sanctionné pour avoir favorisé sa propre place de marché AdX", "L'Autorité reproche au moteur de recherche d'avoir privilégié ses outils publicitaires au détriment des plateformes concurrentes."),
        ("clubic.com", "12-02 15:00", "Le géant de Mountain View écope d’une amende de 150 M€ en France", "Google est condamné par l'Autorité de la concurrence pour ses pratiques dans la publicité en ligne et annonce étudier un recours."),
        ("usine-digitale.fr", "12-03 09:00", "« Un signal fort pour les éditeurs » : le président de l'Autorité s'explique sur l'amende contre Google", "Au lendemain de la sanction de 150 millions d'euros, il détaille les engagements imposés à l'entreprise américaine."),
    ]),
    # ------------------------------------------------ industrial valley, first firm
    ("st-crolles-pause", "fresh21", [
        ("usine-digitale.fr", "12-02 10:00", "STMicroelectronics met en pause l'extension de son usine de Crolles", "Le fabricant franco-italien de puces gèle le projet de nouvelle ligne 300 mm, faute de demande suffisante dans l'automobile."),
        ("lesechos.fr", "12-02 18:00", "Semi-conducteurs : ST gèle son projet à 7,5 milliards d’euros en Isère", "Le chantier, soutenu par l'État dans le cadre de France 2030, est suspendu sine die."),
        ("bfmtv.com", "12-03 08:00", "Crolles : les élus inquiets après le gel du chantier de STMicroelectronics", "Au lendemain de l'annonce, les maires de la vallée du Grésivaudan redoutent la perte de centaines d'emplois promis."),
    ]),
    # ------------------------------------------------ industrial valley, another firm the next day
    ("soitec-suppressions-bernin", "fresh21", [
        ("usine-digitale.fr", "12-03 11:00", "Soitec annonce 250 suppressions de postes à Bernin", "Le fabricant isérois de substrats, voisin de ST, réduit ses effectifs au lendemain du gel du projet de Crolles."),
        ("lesechos.fr", "12-03 17:00", "Soitec taille dans ses effectifs face à la chute du marché des smartphones", "Le spécialiste du SOI prévoit un plan de départs volontaires et ferme une ligne de production en Isère."),
    ]),
    # ------------------------------------------------ AI model launch (periphrasis, hands-on next day)
    ("mistral-devstral-3", "fresh21", [
        ("usine-digitale.fr", "12-03 14:00", "Mistral AI lance Devstral 3, son modèle dédié au code", "La start-up parisienne publie un modèle de 120 milliards de paramètres entraîné pour l'écriture et la correction de logiciels."),
        ("numerama.com", "12-03 16:00", "Devstral 3 : la réponse française à Claude Code et Codex", "Mistral AI veut s'imposer chez les développeurs avec un modèle de programmation capable de piloter un terminal."),
        ("clubic.com", "12-03 18:30", "La pépite française de l’IA dévoile un nouvel assistant de programmation open source", "Mistral AI publie Devstral 3 sous licence Apache 2.0, téléchargeable gratuitement."),
        ("journaldunet.com", "12-04 09:00", "Devstral 3 en pratique : ce que vaut le nouveau modèle de code de Mistral", "Nous avons soumis le modèle publié hier par Mistral AI à une série de tâches de développement réelles."),
    ]),
    # ------------------------------------------------ same firm, second model the next day
    ("mistral-voxtral-2", "fresh21", [
        ("next.ink", "12-04 11:00", "Mistral AI enchaîne avec Voxtral 2, un modèle de reconnaissance vocale", "Au lendemain de Devstral 3, la start-up présente un modèle de transcription et de compréhension de la parole en temps réel."),
        ("frandroid.com", "12-04 15:00", "Voxtral 2 : Mistral veut concurrencer Whisper sur la transcription vocale", "Le nouveau modèle audio de Mistral AI gère une trentaine de langues et fonctionne sur un ordinateur portable."),
    ]),
    # ------------------------------------------------ same firm fined by a second authority two days later
    ("cnil-google-cookies", "fresh21", [
        ("zdnet.fr", "12-04 10:00", "Cookies : la CNIL sanctionne Google de 100 millions d'euros", "Deux jours après l'Autorité de la concurrence, c'est au tour de la CNIL de frapper le groupe, pour le refus des cookies rendu trop complexe sur YouTube."),
        ("20minutes.fr", "12-04 16:30", "YouTube : Google condamné pour avoir compliqué le refus des cookies", "La CNIL estime que refuser les traceurs demandait plusieurs clics, contre un seul pour les accepter."),
    ]),
    # ------------------------------------------------ deals post naming earlier products (single)
    ("bons-plans-4-decembre", "fresh21", [
        ("lesnumeriques.com", "12-04 08:00", "Bons plans du jour : le Galaxy S26 à -30 %, un forfait Bouygues à prix cassé et des AirPods Pro 3", "Notre sélection quotidienne des meilleures promotions high-tech repérées chez les marchands."),
    ]),
    # ------------------------------------------------ box launch (explainer, founder in title)
    ("freebox-ultra-2-lancement", "fresh21", [
        ("frandroid.com", "12-08 10:00", "Free lance la Freebox Ultra 2 avec le Wi-Fi 7 et 10 Gbit/s", "La nouvelle box haut de gamme de l'opérateur est proposée à 49,99 euros par mois, avec un répéteur et un décodeur 4K inclus."),
        ("01net.com", "12-08 11:30", "Freebox Ultra 2 : prix, débit, nouveautés, on fait le point", "Free renouvelle son offre phare. Voici ce qui change par rapport à la Freebox Ultra et ce que cela implique pour les abonnés actuels."),
        ("lesnumeriques.com", "12-08 17:00", "Xavier Niel dévoile la nouvelle box de Free : 10 Gbit/s et Wi-Fi 7", "Lors d'une keynote à Paris, le fondateur d'Iliad a présenté la Freebox Ultra 2, disponible dès aujourd'hui."),
    ]),
    # ------------------------------------------------ retail leak (consumer angle)
    ("fuite-kiabi", "fresh21", [
        ("numerama.com", "12-08 09:00", "Kiabi victime d'une fuite de données : 2,3 millions de clients concernés", "L'enseigne de prêt-à-porter informe ses clients qu'un pirate a accédé à la base de son programme de fidélité."),
        ("clubic.com", "12-08 13:00", "Fuite de données chez Kiabi : noms, adresses et historiques d’achats dans la nature", "Les informations de 2,3 millions de membres du programme de fidélité sont proposées à la vente sur un forum cybercriminel."),
        ("01net.com", "12-08 18:00", "Client Kiabi ? Voici comment savoir si vos données ont fuité et comment vous protéger", "Hameçonnage, faux SMS de livraison : les bons réflexes après la fuite qui touche l'enseigne de vêtements."),
    ]),
    # ------------------------------------------------ AI funding round (digits vs words, quote from founder)
    ("kalia-levee-serie-b", "fresh21", [
        ("lesechos.fr", "12-09 07:00", "IA : Kalia boucle une série B de 60 millions d'euros", "La start-up parisienne, qui développe des agents d'intelligence artificielle pour la conformité bancaire, lève des fonds auprès d'Eurazeo et de Bpifrance."),
        ("usine-digitale.fr", "12-09 08:00", "La start-up Kalia lève 60 millions d'euros pour ses agents IA destinés aux banques", "La jeune pousse compte tripler ses effectifs et s'implanter en Allemagne et en Espagne."),
        ("journaldunet.com", "12-09 12:00", "Kalia, qui automatise la conformité des banques, lève une soixantaine de millions d’euros", "Fondée en 2023, l'entreprise revendique déjà une vingtaine de banques clientes en Europe."),
        ("bfmtv.com", "12-09 19:00", "« Nous voulons devenir le Mistral de la finance » : la fondatrice de Kalia après sa levée de fonds", "Invitée de notre émission, elle détaille l'usage des 60 millions d'euros obtenus ce mercredi."),
    ]),
    # ------------------------------------------------ another AI funding round the same day
    ("orbite-ai-levee", "fresh21", [
        ("usine-digitale.fr", "12-09 10:30", "Orbite AI lève 18 millions d'euros pour l'IA embarquée dans les satellites", "La start-up toulousaine conçoit des puces et des logiciels capables d'analyser les images directement en orbite."),
        ("journaldunet.com", "12-09 16:00", "Spatial : la toulousaine Orbite AI récolte 18 M€ en amorçage", "Le tour de table, mené par un fonds européen de défense, doit financer un premier démonstrateur en 2027."),
    ]),
    # ------------------------------------------------ court ruling (next-day analysis)
    ("uber-cour-appel-requalification", "fresh21", [
        ("bfmtv.com", "12-09 13:00", "La cour d'appel de Paris requalifie 140 chauffeurs Uber en salariés", "La justice estime que la plateforme exerçait un pouvoir de direction et de sanction sur les conducteurs de VTC."),
        ("20minutes.fr", "12-09 18:00", "Chauffeurs VTC : la justice reconnaît un lien de subordination avec Uber", "Les 140 conducteurs pourront réclamer des rappels de salaires et de cotisations, selon leur avocat."),
        ("lesechos.fr", "12-10 07:00", "Requalification des chauffeurs : un coup dur pour le modèle d’Uber en France", "La décision rendue mercredi par la cour d'appel de Paris fragilise l'application, qui annonce un pourvoi en cassation."),
    ]),
    # ------------------------------------------------ same-sector leak two days later
    ("fuite-jules", "fresh21", [
        ("zdnet.fr", "12-10 10:00", "Après Kiabi, l'enseigne Jules signale à son tour une fuite de données", "La marque de prêt-à-porter masculin a notifié la CNIL après l'intrusion d'un pirate chez l'un de ses prestataires d'e-mailing."),
        ("bfmtv.com", "12-10 15:00", "Jules : les données de 900 000 clients dérobées via un prestataire", "Noms, adresses e-mail et numéros de téléphone ont été exposés. Aucune donnée bancaire n'est concernée, selon l'entreprise."),
    ]),
    # ------------------------------------------------ regulator's annual survey (number-led title)
    ("arcep-enquete-qualite-mobile", "fresh21", [
        ("frandroid.com", "12-10 09:00", "Qualité du réseau mobile : Orange toujours en tête de l'enquête annuelle de l'Arcep", "Le régulateur publie les résultats de sa campagne de mesures 2026, réalisée sur l'ensemble du territoire."),
        ("clubic.com", "12-10 12:00", "Enquête de l’Arcep : Free progresse, SFR décroche", "Débits, appels, navigation web : le classement des quatre opérateurs mobiles bouge dans l'édition 2026 du baromètre du régulateur."),
        ("next.ink", "12-10 15:00", "Un million de mesures : ce que dit la nouvelle édition de l'enquête du régulateur des télécoms", "L'Arcep a publié jeudi sa campagne annuelle de mesure de la qualité des services mobiles."),
    ]),
    # ------------------------------------------------ NGO counter-survey the next day
    ("ufc-carte-couverture", "fresh21", [
        ("lesnumeriques.com", "12-11 10:00", "L'UFC-Que Choisir publie sa propre carte de la couverture mobile et épingle les opérateurs", "Au lendemain de l'enquête de l'Arcep, l'association de consommateurs dénonce des cartes officielles trop optimistes."),
        ("20minutes.fr", "12-11 17:00", "Zones blanches : selon l’UFC-Que Choisir, une commune sur dix est mal couverte", "L'association s'appuie sur 3 millions de mesures remontées par les smartphones de ses bénévoles."),
    ]),
    # ------------------------------------------------ second ruling about the same firm, different court (single)
    ("uber-tribunal-commerce-taxis", "fresh21", [
        ("next.ink", "12-11 11:00", "Le tribunal de commerce de Paris condamne Uber pour concurrence déloyale envers les taxis", "Deux jours après la décision de la cour d'appel sur ses chauffeurs, la plateforme doit verser 4 millions d'euros à une union de taxis."),
    ]),
    # ------------------------------------------------ newsletter naming several events (single)
    ("newsletter-12-decembre", "fresh21", [
        ("numerama.com", "12-12 07:00", "Newsletter du 12 décembre : fuites chez Kiabi et Jules, la justice contre Uber", "Chaque samedi, notre sélection des articles à ne pas manquer, directement dans votre boîte mail."),
    ]),
    # ------------------------------------------------ weekly roundup naming several events (single)
    ("recap-semaine-13-decembre", "fresh21", [
        ("clubic.com", "12-13 09:00", "Les 10 infos tech de la semaine : Freebox Ultra 2, levée de Kalia, chauffeurs Uber requalifiés…", "Vous avez manqué l'actualité de la semaine ? Voici notre récapitulatif."),
    ]),
    # ------------------------------------------------ local authority cyberattack
    ("cyberattaque-agglo-saint-omer", "fresh21", [
        ("lemagit.fr", "12-14 12:00", "L’agglomération de Saint-Omer paralysée par une cyberattaque", "Messagerie, état civil, paiement de la cantine : les services de la communauté d'agglomération du Pas-de-Calais fonctionnent en mode dégradé depuis dimanche."),
        ("20minutes.fr", "12-14 18:00", "Pas-de-Calais : les services publics de Saint-Omer à l'arrêt après un piratage", "Les habitants sont invités à reporter leurs démarches. Une plainte a été déposée et l'Anssi dépêchée sur place."),
    ]),
    # ------------------------------------------------ bug of the box a week after launch
    ("freebox-ultra-2-bug-wifi", "fresh21", [
        ("frandroid.com", "12-15 09:30", "Freebox Ultra 2 : une mise à jour coupe le Wi-Fi chez de nombreux abonnés", "Une semaine après son lancement, la nouvelle box de Free souffre d'un bug qui déconnecte les appareils toutes les quelques minutes."),
        ("numerama.com", "12-15 14:00", "Free suspend le déploiement d’un firmware après des coupures Wi-Fi", "L'opérateur reconnaît un problème sur sa dernière box et promet un correctif sous 48 heures."),
    ]),
    # ------------------------------------------------ government circular on cloud
    ("circulaire-cloud-souverain", "fresh21", [
        ("lemagit.fr", "12-16 10:00", "Cloud souverain : le gouvernement impose SecNumCloud pour les données sensibles de l'État", "Une circulaire du Premier ministre oblige les ministères à héberger leurs données sensibles chez un prestataire qualifié d'ici 2028."),
        ("cio-online.com", "12-16 16:00", "Doctrine « cloud au centre » : la nouvelle circulaire durcit les règles pour les ministères", "Le texte publié mercredi restreint le recours aux hyperscalers américains pour les projets numériques de l'État."),
    ]),
    # ------------------------------------------------ Senate report on the same topic the same day
    ("senat-rapport-dependance-microsoft", "fresh21", [
        ("next.ink", "12-16 11:30", "Le Sénat chiffre la dépendance de l’État à Microsoft dans un rapport au vitriol", "La commission d'enquête estime à un milliard d'euros par an les dépenses publiques en logiciels et services de l'éditeur américain."),
        ("silicon.fr", "12-16 17:00", "Commande publique : les sénateurs réclament un « Buy European Act » du numérique", "Le rapport de la commission d'enquête sénatoriale formule 40 recommandations pour réduire la dépendance aux fournisseurs extra-européens."),
    ]),
    # ------------------------------------------------ regional news (single)
    ("occitanie-campus-ia", "fresh21", [
        ("lemondeinformatique.fr", "12-17 09:00", "La Région Occitanie lance un campus de l'IA à Toulouse", "Doté de 80 millions d'euros, le site réunira laboratoires, start-up et formations sur l'ancien terrain de Montaudran."),
    ]),
    # ------------------------------------------------ space launch (explainer, next-day business angle)
    ("ariane6-galileo", "fresh21", [
        ("numerama.com", "12-17 22:30", "Ariane 6 a mis en orbite deux nouveaux satellites Galileo", "Le lanceur européen a décollé de Kourou ce jeudi soir et a placé les deux satellites de navigation sur leur orbite après près de quatre heures de vol."),
        ("lesechos.fr", "12-18 07:30", "Arianespace boucle son année avec un huitième vol d’Ariane 6", "Le succès de la mission Galileo de jeudi conclut une année de montée en cadence pour le lanceur lourd européen."),
        ("01net.com", "12-18 10:00", "Galileo : pourquoi le lancement d’hier soir va améliorer la géolocalisation de votre smartphone", "Les deux satellites envoyés par Ariane 6 renforcent la constellation européenne de positionnement."),
    ]),
    # ------------------------------------------------ regional news (single)
    ("creuse-fibre-complete", "fresh21", [
        ("20minutes.fr", "12-18 11:00", "La Creuse devient l'un des premiers départements ruraux entièrement fibrés", "Le réseau d'initiative publique a raccordé ses derniers foyers, six ans après le lancement du chantier."),
    ]),
    # ------------------------------------------------ second launcher of the same operator two days later (single)
    ("vega-c-sentinel", "fresh21", [
        ("usine-digitale.fr", "12-20 08:00", "Vega C place en orbite le satellite d'observation Sentinel-3C", "Deux jours après Ariane 6, le petit lanceur européen a réussi sa mission depuis Kourou pour le programme Copernicus."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
