"""The 43rd fresh labelled set of French tech-news articles grouped by event, then a tuning set.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh43".
Positives: titles sharing almost no word with the rest of their story; events named only by
periphrasis in one article ("l'opérateur historique", "la capitale beauceronne", "la cité corsaire",
"le géant de Séoul", "la firme de Mountain View", "l'opérateur de Xavier Niel"); English-word titles
("Layoffs chez SFR", "Free Mobile down"); syndicated stories ("selon Les Echos", "selon L'Informé");
terse follow-ups ("la rançon ne sera pas payée"); post-mortems the next day; quotes as titles;
explainers ("ce qui change", "faut-il installer"); a hands-on on launch night; advice pieces the
next day; digits vs words (1 200 / « plus d'un millier », 1,2 million / « plus d'un million »).
Hard negatives: a competition fine on Orange then its appeal five weeks later; Orange's senior
departure plan, then a strike at Orange, then a separate RCC at Orange Business; SFR layoffs beside
the SFR sale; the operators' improved offer for SFR then Altice's exclusive talks; Orange, Bouygues
and Iliad yearly results; a Free Mobile outage then a Freebox outage two days later (vague about
place); a Freebox Wi-Fi 7 update then the Wi-Fi bug it caused; a Pixel Wi-Fi bug the day after the
Freebox one; a Pixel feature drop then its Wi-Fi bug; Pixel 10a launch; iOS 26.4 release then its
5G bug, two days after a Bouygues Telecom network outage; Bouygues then SFR price rises; Galaxy S26
and Galaxy Buds 4 at one Unpacked, the S26 preorder record, the S26 review, the S26 battery bug and
the Galaxy A57 launch; an Outlook outage then a Teams outage two days later; February then March
Patch Tuesday; two Fortinet flaws a month apart, and a town hacked through the second; ransomware
at Chartres then at the Indre département, a pro-Russian DDoS on city sites, and Saint-Malo later;
two Cour des comptes reports; Visio made mandatory then Visio down; FranceConnect down then Chorus
Pro down; a CAF data leak; IPTV blocking by ISPs then by VPNs; two funding rounds on one day, one
aiming at SecNumCloud the day before Bleu is qualified; weekly deals posts, monthly plan roundups,
weekly recaps and newsletters that recur.
`build` fixes the year 2026; times are UTC, February and March 2026.

Measured once on 870e539, part-way through stop 25: precision 0.875, recall 0.708 (3a7083c, the code that
landed at stop 23: 0.857 / 0.679). Then tuned on: defects said "se coupe", "perdent la 5G", "ne capte plus",
"un correctif en préparation"; 0.960 / 0.714 after.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Microsoft 365: Outlook down in Europe (Mon 2 Feb)
    ("m365-outlook-outage", "fresh43", [
        ("lemondeinformatique.fr", "02-02 10:30",
         "Panne d'Outlook : Microsoft 365 perturbé en Europe",
         "Depuis le début de la matinée, de nombreux utilisateurs européens de Microsoft 365 ne parviennent plus à envoyer ni recevoir de courriels dans Outlook."),
        ("01net.com", "02-02 11:15",
         "Outlook ne marche plus ? Vous n'êtes pas seul",
         "La messagerie de Microsoft est inaccessible pour des milliers d'utilisateurs en France ce lundi, selon Downdetector ; l'éditeur dit enquêter."),
        ("bfmtv.com", "02-02 12:05",
         "Messagerie en rade : le géant de Redmond reconnaît un incident",
         "Entreprises et administrations privées de courriels : le service de messagerie en ligne de Microsoft est tombé lundi matin sur une bonne partie du continent."),
        ("lemagit.fr", "02-03 08:00",
         "Panne d'Outlook : Microsoft incrimine une modification de configuration",
         "Dans son rapport préliminaire, Microsoft explique que le changement d'un paramètre d'authentification a bloqué les boîtes aux lettres Exchange Online pendant près de cinq heures lundi."),
    ]),
    # ---------------------------------------------- Microsoft 365: Teams down two days later (Wed 4 Feb)
    ("m365-teams-outage", "fresh43", [
        ("01net.com", "02-04 09:40",
         "Microsoft Teams en panne : impossible de rejoindre les réunions",
         "Les appels et les réunions Teams échouent ce mercredi matin pour de nombreux utilisateurs ; Microsoft reconnaît un problème sur son service."),
        ("lemondeinformatique.fr", "02-04 13:10",
         "Microsoft 365 : nouvel incident, Teams touché cette fois",
         "Deux jours après la panne d'Outlook, c'est l'outil de collaboration de Microsoft qui a flanché plusieurs heures, sans que l'éditeur précise les régions concernées."),
    ]),
    # ---------------------------------------------- Competition authority fines Orange (Tue 3 Feb)
    ("adlc-fine-orange-fibre", "fresh43", [
        ("lesechos.fr", "02-03 07:30",
         "Fibre pour les entreprises : Orange condamné à 96 millions d'euros d'amende",
         "L'Autorité de la concurrence sanctionne Orange pour avoir abusé de sa position dominante sur le marché de gros de la fibre optique destinée aux entreprises."),
        ("lemondeinformatique.fr", "02-03 10:15",
         "L'Autorité de la concurrence sanctionne Orange à hauteur de 96 M€",
         "L'opérateur aurait favorisé son offre Orange Business au détriment des opérateurs alternatifs qui louent son réseau fibre pour servir les PME."),
        ("latribune.fr", "02-03 12:40",
         "Abus de position dominante : l'opérateur historique écope d'une lourde amende",
         "Le gendarme de la concurrence reproche à Orange d'avoir verrouillé l'accès à la fibre professionnelle ; il devra payer 96 millions d'euros."),
        ("next.ink", "02-03 15:00",
         "Fibre pro : 96 millions d'euros d'amende pour Orange",
         "La décision de l'Autorité de la concurrence, saisie par des opérateurs alternatifs en 2022, pointe des pratiques tarifaires et des délais de raccordement discriminatoires."),
    ]),
    # ---------------------------------------------- Free Mobile launches a plan (Tue 3 Feb), single
    ("free-mobile-plan-300go", "fresh43", [
        ("frandroid.com", "02-03 09:20",
         "Free Mobile lance un forfait 5G de 300 Go à 12,99 euros par mois",
         "L'opérateur de Xavier Niel dégaine une nouvelle série spéciale sans engagement, réservée aux nouveaux abonnés jusqu'à fin février."),
    ]),
    # ---------------------------------------------- Monthly mobile plan roundup, February, single
    ("lesnum-forfaits-fevrier", "fresh43", [
        ("lesnumeriques.com", "02-03 07:00",
         "Forfaits mobiles : les meilleures offres du mois de février",
         "Free, Bouygues Telecom, SFR, Orange et leurs marques low cost : notre sélection des forfaits les plus intéressants ce mois-ci, de 2 Go à 300 Go."),
    ]),
    # ---------------------------------------------- Fortinet: critical FortiOS SSL VPN flaw exploited (Wed 4 Feb)
    ("fortinet-fortios-feb", "fresh43", [
        ("lemagit.fr", "02-04 08:45",
         "FortiOS : une vulnérabilité critique activement exploitée dans le VPN SSL",
         "Fortinet publie en urgence un correctif pour une faille de dépassement de tampon permettant l'exécution de code à distance sans authentification sur ses pare-feu."),
        ("lemondeinformatique.fr", "02-04 14:20",
         "Fortinet comble une faille critique de ses pare-feu FortiGate",
         "Notée 9,8 sur 10, la vulnérabilité du VPN SSL de FortiOS est déjà exploitée par des attaquants, prévient le fournisseur."),
        ("silicon.fr", "02-05 09:00",
         "VPN SSL FortiGate : l'ANSSI appelle à patcher sans attendre",
         "Le CERT-FR a publié une alerte sur la faille de FortiOS corrigée mercredi et recommande de rechercher des traces de compromission sur les équipements exposés."),
    ]),
    # ---------------------------------------------- Orange data leak via a subcontractor (Thu 5 Feb)
    ("orange-data-leak", "fresh43", [
        ("numerama.com", "02-05 09:10",
         "Orange : les données de 850 000 clients dérobées chez un prestataire",
         "Noms, numéros de téléphone et références de contrat : un pirate a siphonné une base clients d'Orange via l'outil de prise de rendez-vous en boutique d'un sous-traitant."),
        ("01net.com", "02-05 11:00",
         "Fuite de données chez Orange : vérifiez vos e-mails",
         "L'opérateur commence à prévenir par courriel les 850 000 abonnés concernés ; aucune coordonnée bancaire ne serait en cause."),
        ("zdnet.fr", "02-05 13:30",
         "L'opérateur historique confirme une fuite de données clients",
         "Orange a porté plainte et notifié la CNIL après l'exfiltration de données personnelles par l'intermédiaire d'un prestataire."),
        ("clubic.com", "02-06 08:20",
         "Piratage d'Orange : ce que contiennent vraiment les fichiers volés",
         "Nous avons pu consulter un échantillon publié par le pirate : adresses, dates de naissance et numéros de ligne des 850 000 clients touchés figurent dans le lot."),
    ]),
    # ---------------------------------------------- Court orders ISPs to block IPTV sites (Fri 6 Feb)
    ("iptv-blocking-isps", "fresh43", [
        ("next.ink", "02-06 10:00",
         "IPTV : la justice ordonne aux FAI de bloquer 200 sites pirates",
         "Saisi par Canal+ et la Ligue de football professionnel, le tribunal judiciaire de Paris impose le blocage de 200 services de télévision illicites pendant dix-huit mois."),
        ("01net.com", "02-06 13:00",
         "Orange, SFR, Bouygues et Free contraints de bloquer des services IPTV illégaux",
         "Les quatre grands opérateurs ont quinze jours pour rendre inaccessibles plusieurs centaines de noms de domaine liés à des abonnements IPTV pirates."),
    ]),
    # ---------------------------------------------- Ransomware hits Chartres and its metropole (Mon 9 Feb)
    ("cyber-chartres", "fresh43", [
        ("lagazettedescommunes.com", "02-09 08:30",
         "Chartres et sa métropole frappées par un rançongiciel",
         "La ville de Chartres et Chartres Métropole ont été victimes d'une attaque par rançongiciel dans la nuit de samedi à dimanche ; tous les services numériques ont été coupés."),
        ("lemagit.fr", "02-09 10:00",
         "Ransomware : Chartres Métropole à l'arrêt",
         "Messagerie, téléphonie et logiciels métiers sont coupés dans les deux collectivités, qui ont déposé plainte et sollicité l'ANSSI."),
        ("bfmtv.com", "02-09 12:20",
         "Cyberattaque à Chartres : état civil, cantines et médiathèques perturbés",
         "Les habitants de l'agglomération chartraine sont invités à reporter leurs démarches ; les inscriptions à la cantine se font sur papier."),
        ("numerama.com", "02-09 16:45",
         "Papier et stylo : retour aux méthodes d'antan pour les agents d'une préfecture",
         "Depuis l'attaque informatique du week-end, les agents de la préfecture d'Eure-et-Loir et de sa métropole délivrent les actes à la main."),
        ("lemagit.fr", "02-10 09:15",
         "Chartres : la rançon ne sera pas payée",
         "Le maire a annoncé que la collectivité ne céderait pas au chantage ; la restauration complète des systèmes prendra plusieurs semaines."),
    ]),
    # ---------------------------------------------- Operators raise their offer for SFR (Mon 9 Feb)
    ("sfr-improved-offer", "fresh43", [
        ("lesechos.fr", "02-09 06:30",
         "SFR : Orange, Bouygues et Free relèvent leur offre à 20,5 milliards d'euros",
         "Le consortium des trois opérateurs revient à la charge auprès d'Altice avec une proposition améliorée de plus de 3 milliards d'euros pour se partager SFR."),
        ("bfmtv.com", "02-09 09:00",
         "Rachat de SFR : le trio d'opérateurs revient avec une offre améliorée",
         "Après un premier refus de Patrick Drahi à l'automne, Orange, Bouygues Telecom et Iliad mettent 20,5 milliards d'euros sur la table."),
        ("latribune.fr", "02-09 11:20",
         "Altice France : nouvelle offre des concurrents pour se partager l'opérateur au carré rouge",
         "La proposition valorise les activités de l'opérateur à 20,5 milliards d'euros, dette comprise ; Altice a quinze jours pour répondre."),
        ("lefigaro.fr", "02-09 13:00",
         "Patrick Drahi face à une offre relevée pour SFR",
         "Le propriétaire d'Altice doit désormais étudier une proposition à 20,5 milliards d'euros, jugée plus sérieuse par ses créanciers."),
    ]),
    # ---------------------------------------------- Mistral AI opens its data centre (Tue 10 Feb)
    ("mistral-datacenter-essonne", "fresh43", [
        ("usine-digitale.fr", "02-10 09:00",
         "Mistral AI inaugure son premier centre de données en Essonne",
         "La start-up met en service à Bruyères-le-Châtel un datacenter de 40 mégawatts équipé de 18 000 puces Nvidia Grace Blackwell."),
        ("lesechos.fr", "02-10 11:00",
         "Mistral Compute : le champion français de l'IA allume ses premiers GPU",
         "Un an après le sommet pour l'action sur l'IA, la pépite parisienne ouvre son propre site de calcul pour entraîner ses modèles et les louer aux entreprises."),
        ("silicon.fr", "02-10 15:30",
         "Mistral AI met en service son datacenter de Bruyères-le-Châtel",
         "Le site, construit avec Nvidia, doit accueillir les premiers clients de l'offre Mistral Compute dès le mois de mars."),
    ]),
    # ---------------------------------------------- Patch Tuesday, February (Tue 10 Feb)
    ("patch-tuesday-feb", "fresh43", [
        ("lemondeinformatique.fr", "02-10 19:20",
         "Patch Tuesday de février : Microsoft corrige 63 failles, dont quatre zero-day",
         "Le lot de correctifs mensuel comble 63 vulnérabilités dans Windows, Office et Azure ; quatre d'entre elles étaient déjà exploitées."),
        ("zdnet.fr", "02-10 21:10",
         "Quatre zero-day au menu des correctifs de Microsoft",
         "La mise à jour de sécurité de février colmate notamment une élévation de privilèges dans le pilote du système de fichiers journalisé de Windows."),
        ("silicon.fr", "02-11 08:30",
         "Patch Tuesday : Windows et Office rapiécés, 4 failles déjà exploitées",
         "Microsoft a publié mardi 63 correctifs ; les administrateurs sont invités à prioriser les quatre vulnérabilités exploitées dans la nature."),
    ]),
    # ---------------------------------------------- Ransomware at the Indre département (Wed 11 Feb)
    ("cyber-indre", "fresh43", [
        ("lagazettedescommunes.com", "02-11 09:00",
         "Le département de l'Indre victime d'une cyberattaque",
         "Le conseil départemental de l'Indre a coupé son réseau mardi soir après la détection d'un rançongiciel ; le versement du RSA pourrait être retardé."),
        ("lemagit.fr", "02-11 11:30",
         "Rançongiciel : après Chartres, le conseil départemental de l'Indre touché",
         "Nouvelle collectivité frappée en quelques jours : les serveurs du département de l'Indre ont été chiffrés, selon nos informations par le groupe Qilin."),
        ("zdnet.fr", "02-11 14:00",
         "Collectivités : l'Indre paralysée par un ransomware",
         "Les services sociaux et les collèges du département fonctionnent en mode dégradé depuis l'attaque informatique survenue mardi."),
    ]),
    # ---------------------------------------------- Orange full-year results (Thu 12 Feb)
    ("orange-results-2025", "fresh43", [
        ("lesechos.fr", "02-12 06:45",
         "Orange renoue avec la croissance de son résultat en 2025",
         "L'opérateur affiche un résultat net en hausse de 8 % et confirme ses objectifs de cash-flow, porté par l'Afrique et le Moyen-Orient."),
        ("latribune.fr", "02-12 09:00",
         "Résultats annuels : l'opérateur historique tient ses objectifs",
         "Chiffre d'affaires de 40,3 milliards d'euros, Ebitdaal en progression : Christel Heydemann déroule son plan Lead the Future malgré une France atone."),
        ("lemondeinformatique.fr", "02-12 11:00",
         "Orange publie un chiffre d'affaires de 40,3 Md€ pour 2025",
         "Orange Business continue de reculer, mais la cybersécurité et le cloud compensent en partie la baisse des services historiques aux entreprises."),
    ]),
    # ---------------------------------------------- Cour des comptes on State IT projects (Thu 12 Feb)
    ("ccomptes-projets-numeriques", "fresh43", [
        ("acteurspublics.fr", "02-12 08:00",
         "Grands projets numériques : la Cour des comptes pointe des dérapages persistants",
         "Dans un rapport publié jeudi, les magistrats de la rue Cambon relèvent que la moitié des grands projets informatiques de l'État dépassent leur budget initial."),
        ("next.ink", "02-12 10:30",
         "La Cour des comptes étrille la conduite des projets informatiques de l'État",
         "Pilotage défaillant, dépendance aux ESN, compétences internes insuffisantes : le rapport chiffre à 1,4 milliard d'euros les surcoûts cumulés."),
        ("lemondeinformatique.fr", "02-12 15:00",
         "Projets IT de l'État : 1,4 milliard d'euros de surcoûts selon la Cour des comptes",
         "La Cour recommande de renforcer le rôle de la Dinum et de mieux former les chefs de projet publics."),
    ]),
    # ---------------------------------------------- ZDNet weekly recap, week 7, single
    ("zdnet-recap-w07", "fresh43", [
        ("zdnet.fr", "02-13 17:30",
         "Le récap de la semaine : Chartres, Patch Tuesday et SFR",
         "Rançongiciels contre les collectivités, quatre zero-day chez Microsoft et nouvelle offre pour SFR : ce qu'il fallait retenir de la semaine."),
    ]),
    # ---------------------------------------------- Frandroid weekly deals, week 7, single
    ("frandroid-deals-w07", "fresh43", [
        ("frandroid.com", "02-14 08:00",
         "Les meilleures offres de la semaine : Galaxy S25, Pixel 9 et forfaits 5G à petit prix",
         "Smartphones, écouteurs, forfaits : notre sélection des bons plans tech à ne pas rater ce week-end."),
    ]),
    # ---------------------------------------------- Bouygues Telecom raises box prices (Mon 16 Feb)
    ("bouygues-box-price-rise", "fresh43", [
        ("frandroid.com", "02-16 09:00",
         "Bouygues Telecom augmente le prix de ses box de 2 euros par mois",
         "Les abonnés Bbox fibre et ADSL verront leur facture grimper à partir d'avril, en échange d'un débit montant amélioré."),
        ("01net.com", "02-16 11:00",
         "Bbox : la facture grimpe pour les abonnés Bouygues Telecom",
         "L'opérateur prévient ses clients par SMS d'une hausse de 2 euros mensuels sur la plupart des offres internet."),
        ("lesnumeriques.com", "02-16 16:00",
         "Hausse des prix Bbox : comment résilier sans frais",
         "La modification du contrat annoncée par Bouygues Telecom ouvre aux clients un droit de résiliation gratuite pendant quatre mois : mode d'emploi."),
    ]),
    # ---------------------------------------------- Free Mobile nationwide outage (Tue 17 Feb)
    ("free-mobile-outage", "fresh43", [
        ("01net.com", "02-17 08:15",
         "Panne Free Mobile : des milliers d'abonnés sans réseau",
         "Depuis 6 heures ce mardi, les abonnés de Free Mobile signalent ne plus pouvoir appeler ni utiliser les données mobiles, partout en France."),
        ("frandroid.com", "02-17 09:00",
         "Free Mobile down : appels et données coupés dans toute la France",
         "Les signalements explosent sur Downdetector ; Free confirme un incident en cours sur son réseau mobile."),
        ("numerama.com", "02-17 11:30",
         "Plus de barres, plus d'appels : la matinée noire des abonnés de Free",
         "Des millions de smartphones sont restés sans service pendant près de cinq heures ; même les appels d'urgence étaient perturbés."),
        ("bfmtv.com", "02-17 13:00",
         "L'opérateur de Xavier Niel reconnaît un incident sur son cœur de réseau",
         "Le service est progressivement rétabli depuis la fin de matinée, indique l'opérateur, qui présente ses excuses à ses abonnés mobiles."),
        ("universfreebox.com", "02-18 08:00",
         "Panne du 17 février : Free Mobile explique ce qui s'est passé",
         "Un équipement de cœur de réseau défaillant lors d'une opération de maintenance a bloqué l'enregistrement des cartes SIM ; un geste commercial est annoncé."),
    ]),
    # ---------------------------------------------- Google Pixel 10a launch (Wed 18 Feb)
    ("pixel-10a-launch", "fresh43", [
        ("frandroid.com", "02-18 16:00",
         "Google Pixel 10a officiel : prix, fiche technique et disponibilité",
         "Puce Tensor G5, écran 120 Hz et sept ans de mises à jour : le nouveau Pixel abordable est disponible dès aujourd'hui à 549 euros."),
        ("01net.com", "02-18 17:00",
         "Pixel 10a : Google lance son smartphone abordable à 549 euros",
         "Google renouvelle son milieu de gamme avec un modèle qui reprend l'essentiel des fonctions d'IA du Pixel 10."),
        ("numerama.com", "02-18 19:00",
         "La firme de Mountain View renouvelle son smartphone milieu de gamme",
         "Le Pixel 10a garde un design sans bosse photo et gagne la recharge sans fil plus rapide, pour le même prix que son prédécesseur."),
    ]),
    # ---------------------------------------------- SFR layoffs (Thu 19 Feb)
    ("sfr-layoffs", "fresh43", [
        ("linforme.com", "02-19 06:00",
         "SFR prépare un nouveau plan de départs de 1 200 postes",
         "Selon nos informations, la direction d'Altice France présentera la semaine prochaine aux syndicats un plan visant 1 200 emplois, surtout dans la distribution."),
        ("zdnet.fr", "02-19 10:00",
         "SFR va supprimer plus d'un millier d'emplois, selon L'Informé",
         "L'opérateur au carré rouge veut fermer une centaine de boutiques et réduire ses équipes de service client."),
        ("bfmtv.com", "02-19 12:00",
         "Layoffs chez SFR : l'opérateur taille dans ses effectifs avant sa vente",
         "Alors que ses concurrents négocient son rachat, SFR s'apprête à se séparer de 1 200 salariés."),
        ("lemondeinformatique.fr", "02-19 15:00",
         "Altice France confirme un plan de 1 200 départs chez SFR",
         "La maison mère de SFR confirme le projet de réorganisation, qui passera par des départs volontaires avant d'éventuels licenciements."),
    ]),
    # ---------------------------------------------- Freebox fibre outage two days after Free Mobile (Thu 19 Feb)
    ("freebox-fibre-outage", "fresh43", [
        ("universfreebox.com", "02-19 20:30",
         "Freebox : une panne prive des abonnés fibre d'Internet ce jeudi soir",
         "Des abonnés de plusieurs départements ne peuvent plus surfer ni regarder la télévision depuis 19 heures ; Free n'a pas encore communiqué."),
        ("01net.com", "02-19 21:45",
         "Free : nouvelle panne, cette fois sur les box",
         "Après le réseau mobile mardi, c'est l'Internet fixe de l'opérateur qui flanche, sans que l'on sache encore quelles régions sont touchées."),
    ]),
    # ---------------------------------------------- ST strike at Crolles, single
    ("st-crolles-strike", "fresh43", [
        ("usine-digitale.fr", "02-20 10:30",
         "STMicroelectronics : grève sur le site de Crolles",
         "Plusieurs centaines de salariés du fabricant de puces ont cessé le travail à l'appel de la CGT pour réclamer des hausses de salaire."),
    ]),
    # ---------------------------------------------- Éducation nationale renews Microsoft deal, single
    ("educnat-microsoft-deal", "fresh43", [
        ("next.ink", "02-20 14:00",
         "L'Éducation nationale renouvelle son accord-cadre avec Microsoft",
         "Le ministère reconduit pour trois ans son contrat de licences Microsoft, malgré les appels à privilégier les logiciels libres et la Suite numérique."),
    ]),
    # ---------------------------------------------- ZDNet weekly recap, week 8, single
    ("zdnet-recap-w08", "fresh43", [
        ("zdnet.fr", "02-20 17:30",
         "Le récap de la semaine : Free, SFR et Pixel 10a",
         "Pannes en série chez Free, plan de départs chez SFR et nouveau Pixel abordable : ce qu'il fallait retenir de la semaine."),
    ]),
    # ---------------------------------------------- Orange senior departure plan (Tue 24 Feb)
    ("orange-departures", "fresh43", [
        ("lesechos.fr", "02-24 06:00",
         "Orange prépare le départ de 3 000 salariés en France",
         "L'opérateur négocie avec les syndicats un nouvel accord de temps partiel senior qui doit conduire quelque 3 000 salariés vers la retraite d'ici 2028."),
        ("lemondeinformatique.fr", "02-24 09:30",
         "Orange va réduire ses effectifs français de 3 000 postes, selon Les Echos",
         "Le groupe ne remplacera qu'une partie des départs, surtout dans le réseau cuivre et les fonctions support."),
        ("latribune.fr", "02-24 12:00",
         "L'opérateur historique relance un dispositif de départs anticipés",
         "Un nouvel accord de temps partiel senior doit permettre à 3 000 salariés de la maison mère de partir avant l'âge légal ; les syndicats sont divisés."),
    ]),
    # ---------------------------------------------- CAF data leak (Tue 24 Feb)
    ("caf-data-leak", "fresh43", [
        ("zdnet.fr", "02-24 09:30",
         "La Cnaf confirme une fuite de données touchant 1,2 million d'allocataires",
         "Les identifiants d'un agent ont permis à un attaquant d'extraire noms, adresses et montants de prestations d'allocataires de plusieurs départements."),
        ("next.ink", "02-24 11:00",
         "CAF : des données d'allocataires dérobées via un compte d'agent",
         "La Caisse nationale des allocations familiales a porté plainte et notifié la CNIL ; les numéros de sécurité sociale font partie des données exposées."),
        ("01net.com", "02-24 14:20",
         "Fuite de données à la CAF : plus d'un million de personnes concernées",
         "Si vous touchez des allocations familiales ou l'APL, vos informations personnelles font peut-être partie du lot volé."),
        ("numerama.com", "02-25 08:30",
         "Piratage de la CAF : méfiez-vous des faux SMS",
         "Après la fuite touchant 1,2 million d'allocataires, les escroqueries au remboursement de prestations risquent de se multiplier : nos conseils."),
    ]),
    # ---------------------------------------------- Samsung Unpacked: Galaxy S26 (Wed 25 Feb)
    ("galaxy-s26-launch", "fresh43", [
        ("frandroid.com", "02-25 18:05",
         "Samsung Galaxy S26, S26+ et S26 Ultra officiels : prix, fiche technique et date de sortie",
         "Samsung a présenté sa nouvelle gamme phare lors de l'Unpacked de San Francisco ; les trois modèles sont en précommande dès ce soir."),
        ("01net.com", "02-25 18:30",
         "Galaxy S26 Ultra : Samsung mise tout sur l'IA et un écran anti-reflets",
         "Le nouveau fleuron de Samsung embarque un Snapdragon 8 Elite Gen 5 et un capteur photo de 200 mégapixels revu."),
        ("lesnumeriques.com", "02-25 19:00",
         "Prise en main du Galaxy S26 Ultra : nos premières impressions",
         "Nous avons pu manipuler le Galaxy S26 Ultra quelques heures avant son officialisation : plus fin, plus léger, et un stylet toujours là."),
        ("numerama.com", "02-25 20:15",
         "Le géant de Séoul dévoile sa nouvelle gamme de smartphones haut de gamme",
         "Trois modèles, une puce Qualcomm et des prix en hausse : voici la famille Galaxy S26, présentée ce mercredi aux États-Unis."),
        ("bfmtv.com", "02-26 07:30",
         "Galaxy S26 : Samsung augmente ses prix en France",
         "Comptez 50 euros de plus que l'an dernier pour le modèle de base, vendu 949 euros ; l'Ultra démarre à 1 469 euros."),
    ]),
    # ---------------------------------------------- Same Unpacked: Galaxy Buds 4 (Wed 25 Feb)
    ("galaxy-buds4-launch", "fresh43", [
        ("frandroid.com", "02-25 18:20",
         "Samsung Galaxy Buds 4 Pro : les nouveaux écouteurs officialisés",
         "Présentés à l'Unpacked aux côtés des Galaxy S26, les Buds 4 Pro promettent une réduction de bruit améliorée et la traduction en direct."),
        ("lesnumeriques.com", "02-25 19:30",
         "Galaxy Buds 4 et Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Les nouveaux écouteurs sans fil de Samsung abandonnent la tige triangulaire et sont vendus à partir de 179 euros."),
    ]),
    # ---------------------------------------------- Bouygues full-year results (Thu 26 Feb)
    ("bouygues-telecom-results-2025", "fresh43", [
        ("lesechos.fr", "02-26 07:00",
         "Bouygues Telecom gagne des clients dans la fibre mais voit ses marges reculer",
         "La filiale télécoms du groupe Bouygues affiche un chiffre d'affaires stable à 7,9 milliards d'euros en 2025, pénalisée par la guerre des prix dans le mobile."),
        ("latribune.fr", "02-26 10:30",
         "Résultats 2025 : l'opérateur de Martin Bouygues freiné par la guerre des prix",
         "Malgré 400 000 nouveaux abonnés fibre, l'Ebitda de Bouygues Telecom recule ; le groupe table sur la consolidation du marché."),
    ]),
    # ---------------------------------------------- FranceConnect outage (Thu 26 Feb)
    ("franceconnect-outage", "fresh43", [
        ("01net.com", "02-26 09:00",
         "FranceConnect en panne : impossible de se connecter aux services publics",
         "Le bouton d'identification de l'État ne répond plus depuis ce matin, bloquant l'accès à de nombreux sites administratifs."),
        ("numerama.com", "02-26 11:40",
         "Impots.gouv, Ameli, CAF : la porte d'entrée des sites publics est tombée",
         "Pendant près de quatre heures, le service d'authentification utilisé par 45 millions de Français est resté inaccessible ; la Dinum évoque un incident d'hébergement."),
    ]),
    # ---------------------------------------------- ANSSI threat panorama, single
    ("anssi-panorama-collectivites", "fresh43", [
        ("lemagit.fr", "02-26 14:00",
         "Panorama de la menace : les collectivités, cibles de choix des rançongiciels",
         "Dans son bilan annuel, l'ANSSI indique que les collectivités territoriales représentent près d'un quart des attaques par rançongiciel qui lui ont été signalées en 2025."),
    ]),
    # ---------------------------------------------- Chorus Pro down the next day, single
    ("chorus-pro-outage", "fresh43", [
        ("lemondeinformatique.fr", "02-27 10:00",
         "Chorus Pro indisponible : les fournisseurs de l'État ne peuvent plus déposer leurs factures",
         "La plateforme de facturation électronique du secteur public est en panne depuis jeudi soir ; l'AIFE promet un retour à la normale dans la journée."),
    ]),
    # ---------------------------------------------- Xiaomi 17 series in Europe (Sat 28 Feb)
    ("xiaomi-17-launch", "fresh43", [
        ("frandroid.com", "02-28 13:00",
         "Xiaomi 17 et 17 Ultra officiels en France : prix et fiche technique",
         "À la veille du MWC de Barcelone, Xiaomi lance en Europe ses deux nouveaux haut de gamme, avec Leica pour la photo et HyperOS 3."),
        ("lesnumeriques.com", "02-28 14:30",
         "Xiaomi 17 Ultra : un capteur photo d'un pouce et Leica toujours aux commandes",
         "Le photophone de Xiaomi adopte une batterie silicium-carbone de 6 000 mAh et un téléobjectif périscopique de 200 mégapixels."),
        ("01net.com", "02-28 16:00",
         "Le Xiaomi 17 débarque en Europe à 999 euros",
         "Le constructeur chinois présentait ce samedi à Barcelone sa gamme Xiaomi 17 ; le modèle Ultra est annoncé à 1 499 euros."),
    ]),
    # ---------------------------------------------- Frandroid weekly deals, week 9, single
    ("frandroid-deals-w09", "fresh43", [
        ("frandroid.com", "02-28 08:00",
         "Les meilleures offres de la semaine : Pixel 10, Galaxy S25 Ultra et forfaits à 10 euros",
         "Smartphones, écouteurs, forfaits : notre sélection des bons plans tech à ne pas rater ce week-end."),
    ]),
    # ---------------------------------------------- Honor at MWC, single
    ("honor-magic8-pro", "fresh43", [
        ("frandroid.com", "03-02 11:00",
         "Honor Magic 8 Pro : le smartphone arrive en France au MWC",
         "Honor profite du salon de Barcelone pour lancer en Europe son haut de gamme, vendu 1 199 euros avec un an de garantie casse."),
    ]),
    # ---------------------------------------------- Freebox Pop gets Wi-Fi 7 (Mon 2 Mar)
    ("freebox-pop-wifi7", "fresh43", [
        ("universfreebox.com", "03-02 10:00",
         "Freebox Pop : le Wi-Fi 7 arrive avec une mise à jour",
         "Free déploie depuis ce matin le firmware 4.9 de la Freebox Pop, qui active le Wi-Fi 7 sur le player et le serveur."),
        ("frandroid.com", "03-02 12:30",
         "Free offre le Wi-Fi 7 à ses abonnés Freebox Pop",
         "Une simple mise à jour logicielle suffit : les abonnés Pop profiteront de débits sans fil plus élevés sans changer de box."),
        ("lesnumeriques.com", "03-02 15:00",
         "Wi-Fi 7 sur la Freebox Pop : ce qui change pour vous",
         "Débits, compatibilité des appareils, réglages à activer : tout savoir sur la nouveauté que Free pousse sur sa box la plus vendue."),
    ]),
    # ---------------------------------------------- Monthly mobile plan roundup, March, single
    ("lesnum-forfaits-mars", "fresh43", [
        ("lesnumeriques.com", "03-03 07:00",
         "Forfaits mobiles : les meilleures offres du mois de mars",
         "Free, Bouygues Telecom, SFR, Orange et leurs marques low cost : notre sélection des forfaits les plus intéressants ce mois-ci."),
    ]),
    # ---------------------------------------------- Galaxy S26 preorder record (Tue 3 Mar), single
    ("galaxy-s26-preorders", "fresh43", [
        ("bfmtv.com", "03-03 09:30",
         "Galaxy S26 : Samsung revendique des précommandes record en France",
         "Le constructeur coréen annonce avoir enregistré 20 % de précommandes de plus que pour la génération précédente, avant la sortie en magasin vendredi."),
    ]),
    # ---------------------------------------------- Dinum makes Visio mandatory (Tue 3 Mar)
    ("visio-mandatory", "fresh43", [
        ("acteurspublics.fr", "03-03 08:00",
         "La Dinum impose Visio à tous les ministères",
         "Une circulaire du Premier ministre fait de Visio, l'outil de visioconférence de la Suite numérique, la solution obligatoire des administrations centrales."),
        ("next.ink", "03-03 09:45",
         "Visioconférence : l'État tourne le dos à Teams et Zoom",
         "Les ministères devront avoir abandonné les outils américains d'ici fin 2027 au profit d'une solution développée par la direction interministérielle du numérique."),
        ("lemondeinformatique.fr", "03-03 12:00",
         "Souveraineté : les agents de l'État passeront tous à Visio d'ici 2027",
         "Plus de 200 000 agents utilisent déjà l'outil, hébergé sur un cloud qualifié SecNumCloud ; la circulaire généralise son usage."),
        ("zdnet.fr", "03-03 16:30",
         "Visio devient la norme dans l'administration : ce qui change",
         "Licences, formations, interopérabilité avec les partenaires privés : les conséquences concrètes de la circulaire pour les agents publics."),
    ]),
    # ---------------------------------------------- Pixel feature drop (Tue 3 Mar)
    ("pixel-drop-march", "fresh43", [
        ("frandroid.com", "03-03 19:00",
         "Pixel Drop de mars : toutes les nouveautés pour vos smartphones Google",
         "Résumé des notifications par Gemini, nouveaux fonds d'écran et mode concentration revu : Google déploie sa mise à jour trimestrielle."),
        ("01net.com", "03-04 07:30",
         "Google déploie sa mise à jour de mars sur les Pixel : ce qui change",
         "Les Pixel 6 et suivants reçoivent de nouvelles fonctions d'IA et le correctif de sécurité du mois."),
    ]),
    # ---------------------------------------------- Freebox Pop Wi-Fi bug after update (Wed 4 Mar)
    ("freebox-pop-wifi-bug", "fresh43", [
        ("universfreebox.com", "03-04 09:00",
         "Freebox Pop : le Wi-Fi se coupe toutes les heures depuis la dernière mise à jour",
         "De nombreux abonnés constatent des déconnexions à répétition de leurs appareils depuis l'installation du firmware 4.9."),
        ("01net.com", "03-04 14:30",
         "Votre Freebox décroche sans arrêt ? Free a identifié le problème",
         "L'opérateur reconnaît un défaut dans la dernière version du logiciel de sa box et conseille de redémarrer le serveur en attendant un correctif."),
        ("frandroid.com", "03-05 08:00",
         "Free suspend le déploiement du firmware 4.9 de la Freebox Pop",
         "Face aux coupures de Wi-Fi signalées par les abonnés, Free met en pause la mise à jour et prépare une version corrigée."),
    ]),
    # ---------------------------------------------- Pro-Russian DDoS on city websites (Wed 4 Mar)
    ("ddos-city-websites", "fresh43", [
        ("01net.com", "03-04 10:00",
         "Des hackers prorusses font tomber les sites de plusieurs grandes villes françaises",
         "Les sites internet des mairies de Marseille, Nice et Toulouse étaient inaccessibles mercredi matin, victimes d'une attaque par déni de service."),
        ("lemagit.fr", "03-04 12:00",
         "NoName057(16) revendique des attaques DDoS contre des collectivités françaises",
         "Le groupe hacktiviste prorusse a inondé de requêtes les portails d'une dizaine de villes ; aucune donnée n'a été dérobée."),
        ("bfmtv.com", "03-04 13:30",
         "Marseille, Nice, Toulouse : les sites des mairies saturés par une attaque",
         "Les services en ligne des trois villes ont été perturbés plusieurs heures ; l'attaque a été revendiquée sur Telegram."),
    ]),
    # ---------------------------------------------- Strike at Orange (Thu 5 Mar)
    ("orange-strike", "fresh43", [
        ("bfmtv.com", "03-05 10:00",
         "Grève chez Orange : les boutiques et les centres d'appels perturbés",
         "Une intersyndicale appelle les salariés d'Orange à cesser le travail ce jeudi contre la fermeture de boutiques et le non-remplacement des départs."),
        ("lemondeinformatique.fr", "03-05 14:00",
         "« On ferme nos boutiques une à une » : les salariés d'Orange mobilisés",
         "Plusieurs milliers de salariés ont débrayé à l'appel de la CGT, de SUD et de la CFE-CGC, une première depuis 2019 chez l'opérateur."),
    ]),
    # ---------------------------------------------- Pixel Wi-Fi bug (Thu 5 Mar)
    ("pixel-wifi-bug", "fresh43", [
        ("frandroid.com", "03-05 10:00",
         "Pixel : la mise à jour de mars coupe le Wi-Fi chez de nombreux utilisateurs",
         "Depuis l'installation du Pixel Drop, des propriétaires de Pixel 9 et Pixel 10 perdent la connexion sans fil toutes les quelques minutes, notamment sur les box françaises."),
        ("numerama.com", "03-05 13:00",
         "Votre smartphone Google se déconnecte du Wi-Fi ? Google enquête",
         "Les forums d'aide de Google débordent de messages d'utilisateurs de Pixel dont le Wi-Fi saute depuis la dernière mise à jour."),
        ("phonandroid.com", "03-06 08:30",
         "Bug Wi-Fi des Pixel : Google promet un correctif rapide",
         "La firme de Mountain View confirme le problème de connexion introduit par la mise à jour de mars et prépare un patch."),
    ]),
    # ---------------------------------------------- Nothing Phone (4a) (Thu 5 Mar)
    ("nothing-phone-4a", "fresh43", [
        ("frandroid.com", "03-05 15:00",
         "Nothing Phone (4a) officiel : toujours plus de LED au dos",
         "La marque londonienne de Carl Pei lance son milieu de gamme avec un téléobjectif et une interface Glyph agrandie."),
        ("numerama.com", "03-05 17:00",
         "Nothing lance le Phone (4a) à 379 euros",
         "Le nouveau smartphone de Nothing mise sur son design transparent et une puce Snapdragon 7s Gen 4."),
    ]),
    # ---------------------------------------------- Visio down three days later (Fri 6 Mar)
    ("visio-outage", "fresh43", [
        ("next.ink", "03-06 10:20",
         "Visio, l'outil de visioconférence de l'État, victime d'une panne",
         "Les agents publics n'ont pas pu rejoindre leurs réunions pendant une bonne partie de la matinée ; la Dinum évoque une saturation des serveurs."),
        ("acteurspublics.fr", "03-06 15:00",
         "Trois jours après sa généralisation, Visio tombe en panne",
         "L'incident, survenu vendredi matin, relance les interrogations sur la capacité de la Dinum à tenir la charge de tous les ministères."),
    ]),
    # ---------------------------------------------- Acteurs publics weekly newsletter, week 10, single
    ("acteurspublics-hebdo-w10", "fresh43", [
        ("acteurspublics.fr", "03-06 17:00",
         "L'hebdo du numérique public : Visio, DDoS et collectivités",
         "Généralisation de Visio puis sa panne, attaques contre les sites des villes : l'essentiel de la semaine pour les décideurs publics du numérique."),
    ]),
    # ---------------------------------------------- Galaxy S26 Ultra review, single
    ("galaxy-s26-ultra-review", "fresh43", [
        ("lesnumeriques.com", "03-09 07:00",
         "Test du Samsung Galaxy S26 Ultra : la force tranquille",
         "Après deux semaines d'utilisation, le nouveau haut de gamme de Samsung convainc par son écran et son autonomie, moins par son prix."),
    ]),
    # ---------------------------------------------- SFR raises mobile prices (Mon 9 Mar)
    ("sfr-mobile-price-rise", "fresh43", [
        ("frandroid.com", "03-09 09:30",
         "SFR augmente le prix de ses forfaits mobiles jusqu'à 3 euros",
         "Les abonnés des anciens forfaits SFR recevront un SMS annonçant une hausse mensuelle de 1 à 3 euros à partir de mai."),
        ("01net.com", "03-09 12:00",
         "Forfaits SFR : une hausse de prix qui passe mal",
         "L'opérateur justifie l'augmentation par l'ajout de data ; les clients concernés peuvent résilier sans frais pendant quatre mois."),
    ]),
    # ---------------------------------------------- Orange Business RCC, single
    ("orange-business-rcc", "fresh43", [
        ("linforme.com", "03-10 06:00",
         "Orange Business : une nouvelle rupture conventionnelle collective de 650 postes",
         "Selon nos informations, la filiale entreprises d'Orange veut se séparer de 650 salariés supplémentaires dans l'intégration et les réseaux d'entreprise."),
    ]),
    # ---------------------------------------------- Patch Tuesday, March (Tue 10 Mar)
    ("patch-tuesday-mar", "fresh43", [
        ("lemondeinformatique.fr", "03-10 19:15",
         "Patch Tuesday de mars : 71 vulnérabilités comblées par Microsoft",
         "Le lot de correctifs de mars corrige 71 failles, dont deux zero-day exploitées dans Windows et SharePoint."),
        ("zdnet.fr", "03-10 20:50",
         "Microsoft corrige deux zero-day ce mois-ci",
         "La mise à jour de sécurité de mars de Microsoft colmate notamment une faille d'exécution de code à distance dans SharePoint Server."),
        ("clubic.com", "03-11 10:00",
         "Mettez Windows à jour : deux failles sont déjà exploitées par des pirates",
         "Les correctifs publiés mardi soir par Microsoft méritent d'être installés sans tarder, surtout sur les PC professionnels."),
    ]),
    # ---------------------------------------------- Fortinet: second critical flaw, FortiManager (Wed 11 Mar)
    ("fortinet-fortimanager-mar", "fresh43", [
        ("lemagit.fr", "03-11 09:00",
         "Fortinet : nouvelle faille critique, cette fois dans FortiManager",
         "Un mois après la vulnérabilité du VPN SSL de FortiOS, Fortinet corrige une faille de contournement d'authentification dans sa console d'administration centralisée."),
        ("zdnet.fr", "03-11 15:30",
         "Pare-feu Fortinet : une autre vulnérabilité exploitée avant son correctif",
         "Des attaquants exploitaient depuis plusieurs semaines la faille de FortiManager, qui permet de prendre la main sur les pare-feu gérés."),
    ]),
    # ---------------------------------------------- Orange appeals the competition fine (Thu 12 Mar)
    ("orange-appeal-fine", "fresh43", [
        ("lesechos.fr", "03-12 08:00",
         "Amende de 96 millions : Orange saisit la cour d'appel de Paris",
         "L'opérateur conteste la décision de l'Autorité de la concurrence sur la fibre destinée aux entreprises et demande l'annulation de la sanction."),
        ("lemondeinformatique.fr", "03-12 11:30",
         "Orange conteste en appel sa sanction pour la fibre entreprises",
         "Le recours n'est pas suspensif : Orange devra verser les 96 millions d'euros en attendant l'arrêt de la cour d'appel."),
    ]),
    # ---------------------------------------------- Galaxy S26 battery drain after update (Thu 12 Mar)
    ("galaxy-s26-battery-bug", "fresh43", [
        ("frandroid.com", "03-12 09:30",
         "Galaxy S26 : une mise à jour vide la batterie, Samsung suspend le déploiement",
         "La mise à jour de mars fait fondre l'autonomie des Galaxy S26 : certains utilisateurs perdent 20 % de batterie par heure sans rien faire."),
        ("01net.com", "03-12 12:00",
         "Votre Galaxy S26 ne tient plus la journée ? La faute à la dernière mise à jour",
         "Samsung reconnaît un problème introduit par le correctif de mars et conseille de ne pas l'installer si ce n'est pas déjà fait."),
        ("phonandroid.com", "03-12 15:00",
         "One UI 8.5 : des propriétaires de smartphones Samsung se plaignent d'une autonomie en chute libre",
         "Sur les forums, les témoignages se multiplient : le téléphone chauffe et se décharge en quelques heures depuis la dernière version."),
    ]),
    # ---------------------------------------------- Court orders VPNs to block sports piracy (Fri 13 Mar)
    ("vpn-blocking-sports", "fresh43", [
        ("next.ink", "03-13 11:00",
         "Piratage sportif : la justice impose aux VPN de bloquer des sites",
         "Le tribunal judiciaire de Paris ordonne à cinq fournisseurs de VPN de rendre inaccessibles des sites diffusant illégalement la Ligue 1 et la Ligue des champions."),
        ("numerama.com", "03-13 14:30",
         "Proton VPN et NordVPN contraints de bloquer des sites de streaming illégaux",
         "Saisi par Canal+, le tribunal estime que les VPN doivent participer à la lutte contre le piratage des compétitions sportives."),
        ("01net.com", "03-13 17:00",
         "Après les FAI, les VPN : la justice étend le blocage des sites pirates",
         "Les fournisseurs de réseaux privés virtuels ont trois jours pour bloquer une liste de sites de streaming sportif, sous peine d'astreinte."),
    ]),
    # ---------------------------------------------- Acteurs publics weekly newsletter, week 11, single
    ("acteurspublics-hebdo-w11", "fresh43", [
        ("acteurspublics.fr", "03-13 17:00",
         "L'hebdo du numérique public : Fortinet, Visio et achats publics",
         "Nouvelle faille Fortinet, premier bilan de Visio après sa panne, marchés de licences : l'essentiel de la semaine pour les décideurs publics du numérique."),
    ]),
    # ---------------------------------------------- Altice enters exclusive talks to sell SFR (Mon 16 Mar)
    ("sfr-exclusive-talks", "fresh43", [
        ("lesechos.fr", "03-16 07:00",
         "Altice entre en négociations exclusives avec Orange, Bouygues et Free pour vendre SFR",
         "Patrick Drahi a accepté dimanche soir d'ouvrir une période d'exclusivité avec le consortium, sur la base d'une valorisation proche de 21 milliards d'euros."),
        ("lefigaro.fr", "03-16 09:40",
         "« Une page se tourne » : Patrick Drahi accepte de négocier la vente de SFR",
         "Le milliardaire a signé une lettre d'exclusivité avec les trois concurrents de l'opérateur au carré rouge, qui se partageraient ses clients et ses réseaux."),
        ("bfmtv.com", "03-16 12:00",
         "Démantèlement de SFR : ce qui va changer pour les 19 millions de clients",
         "Avec l'entrée en négociations exclusives, le partage des abonnés SFR entre Bouygues Telecom, Free et Orange se précise : on fait le point."),
        ("latribune.fr", "03-17 08:00",
         "Vente de SFR : l'Autorité de la concurrence déjà dans les starting-blocks",
         "Au lendemain de l'annonce des négociations exclusives, le gendarme de la concurrence prévient qu'il examinera le passage de quatre à trois opérateurs avec la plus grande attention."),
    ]),
    # ---------------------------------------------- iOS 26.4 release (Mon 16 Mar)
    ("ios-26-4-release", "fresh43", [
        ("01net.com", "03-16 19:30",
         "iOS 26.4 est disponible : les nouveautés",
         "Apple déploie la quatrième mise à jour majeure d'iOS 26 avec un Siri plus conversationnel, de nouveaux emojis et des playlists générées par IA."),
        ("lesnumeriques.com", "03-16 20:00",
         "Apple déploie iOS 26.4 avec de nouveaux emojis et un Siri amélioré",
         "La mise à jour est disponible pour tous les iPhone compatibles avec iOS 26, à partir de l'iPhone 11."),
        ("clubic.com", "03-17 08:00",
         "iOS 26.4 : faut-il installer la mise à jour ?",
         "Nouveautés, correctifs de sécurité, compatibilité : notre avis sur la dernière version du système d'Apple, sortie lundi soir."),
    ]),
    # ---------------------------------------------- Iliad full-year results (Tue 17 Mar)
    ("iliad-results-2025", "fresh43", [
        ("lesechos.fr", "03-17 07:00",
         "Iliad dépasse les 10 milliards d'euros de chiffre d'affaires",
         "La maison mère de Free affiche une croissance de 5 % en 2025, portée par l'Italie et la Pologne, et relève son objectif de cash-flow."),
        ("bfmtv.com", "03-17 09:30",
         "Free continue de recruter des abonnés, Iliad affiche une rentabilité record",
         "Le groupe de Xavier Niel a gagné 600 000 abonnés fixes et mobiles en France l'an dernier, malgré la guerre des prix."),
    ]),
    # ---------------------------------------------- Bouygues Telecom national outage (Tue 17 Mar)
    ("bouygues-network-outage", "fresh43", [
        ("bfmtv.com", "03-17 10:30",
         "Panne Bouygues Telecom : appels et SMS impossibles pour de nombreux clients",
         "Depuis 8 heures ce mardi, les abonnés de Bouygues Telecom ne parviennent plus à passer d'appels ni à envoyer de SMS."),
        ("frandroid.com", "03-17 11:00",
         "Bouygues Telecom en panne : l'opérateur confirme un incident national",
         "Les services voix et SMS sont touchés dans toute la France ; l'Internet mobile fonctionne en partie."),
        ("numerama.com", "03-17 14:00",
         "Pourquoi votre téléphone affiche « Appels d'urgence uniquement »",
         "Si vous êtes client de Bouygues Telecom, ce message s'explique par la panne qui touche l'opérateur depuis ce matin."),
        ("lemagit.fr", "03-18 09:00",
         "Bouygues Telecom : une mise à jour logicielle du cœur de réseau à l'origine de la panne",
         "L'opérateur détaille l'incident de mardi : un logiciel de gestion des abonnés mis à jour dans la nuit a provoqué le rejet des appels pendant cinq heures."),
    ]),
    # ---------------------------------------------- Samsung Galaxy A57 (Wed 18 Mar)
    ("galaxy-a57-launch", "fresh43", [
        ("frandroid.com", "03-18 10:00",
         "Samsung Galaxy A57 et A37 officiels : le milieu de gamme passe à l'Exynos 1680",
         "Samsung renouvelle ses smartphones les plus vendus, avec six ans de mises à jour et des fonctions Galaxy AI héritées du S26."),
        ("lesnumeriques.com", "03-18 13:00",
         "Galaxy A57 : Samsung muscle son best-seller",
         "Le Galaxy A57 gagne un écran plus lumineux et une charge à 45 W, pour 499 euros."),
    ]),
    # ---------------------------------------------- Cour des comptes on local authorities' cybersecurity (Thu 19 Mar)
    ("ccomptes-cyber-collectivites", "fresh43", [
        ("acteurspublics.fr", "03-19 08:30",
         "Cybersécurité des collectivités : la Cour des comptes sonne l'alarme",
         "Dans un rapport publié jeudi, la Cour estime que la majorité des communes de moins de 10 000 habitants ne sont pas en mesure de faire face à une cyberattaque."),
        ("lagazettedescommunes.com", "03-19 11:00",
         "Cyberattaques : les magistrats financiers jugent les communes mal préparées",
         "Sauvegardes absentes, pas de plan de continuité, budgets dérisoires : le constat de la rue Cambon sur la sécurité informatique des collectivités est sévère."),
        ("next.ink", "03-19 14:30",
         "Rançongiciels : la Cour des comptes demande un fonds d'urgence pour les petites collectivités",
         "Les magistrats citent les attaques récentes contre des villes et des départements et recommandent une mutualisation des moyens au niveau régional."),
    ]),
    # ---------------------------------------------- iPhones lose 5G after iOS 26.4 (Thu 19 Mar)
    ("ios-26-4-5g-bug", "fresh43", [
        ("01net.com", "03-19 09:00",
         "iOS 26.4 : des iPhone perdent la 5G chez Bouygues Telecom et Free",
         "Depuis la dernière mise à jour, de nombreux iPhone restent bloqués en 4G sur les réseaux de deux opérateurs français."),
        ("numerama.com", "03-19 12:15",
         "Votre iPhone ne capte plus que la 4G depuis la mise à jour ? Vous n'êtes pas seul",
         "Le symbole 5G a disparu pour de nombreux utilisateurs d'iPhone en France ; le problème viendrait du fichier de réglages opérateur."),
        ("frandroid.com", "03-19 15:00",
         "iPhone : le bug de la 5G confirmé par Apple, un correctif en préparation",
         "Apple reconnaît que la mise à jour iOS 26.4 empêche certains iPhone de se connecter à la 5G et promet une solution dans les prochains jours."),
    ]),
    # ---------------------------------------------- Saint-Malo town hall hacked (Mon 23 Mar)
    ("cyber-saint-malo", "fresh43", [
        ("lagazettedescommunes.com", "03-23 09:30",
         "Saint-Malo : la mairie visée par une attaque informatique",
         "La ville de Saint-Malo a coupé l'ensemble de son système d'information dimanche après avoir détecté une intrusion ; les services à la population sont perturbés."),
        ("lemagit.fr", "03-23 14:00",
         "Cyberattaque contre Saint-Malo : la piste d'une faille Fortinet",
         "Les assaillants auraient exploité la vulnérabilité de FortiManager corrigée début mars pour pénétrer le réseau de la ville, qui n'avait pas encore appliqué le correctif."),
        ("numerama.com", "03-24 08:00",
         "La cité corsaire privée de services numériques après un piratage",
         "Site internet, messagerie et téléphonie de la mairie de Saint-Malo sont coupés depuis dimanche ; aucune demande de rançon n'a encore été rendue publique."),
    ]),
    # ---------------------------------------------- Funding round 1 of 2 on 24 Mar: Hexalis
    ("hexalis-funding", "fresh43", [
        ("lesechos.fr", "03-24 06:30",
         "Cybersécurité : la lilloise Hexalis lève 28 millions d'euros",
         "La jeune pousse, qui surveille les réseaux de collectivités et d'hôpitaux, boucle une série B menée par Eurazeo."),
        ("journaldunet.com", "03-24 10:00",
         "Hexalis boucle une série B de 28 M€ pour protéger les collectivités",
         "La start-up veut tripler ses effectifs et s'étendre en Belgique et en Espagne, où elle cible les mairies et les établissements de santé."),
    ]),
    # ---------------------------------------------- Funding round 2 of 2 on 24 Mar: Nimbeo
    ("nimbeo-funding", "fresh43", [
        ("lesechos.fr", "03-24 07:00",
         "Cloud souverain : la nantaise Nimbeo lève 25 millions d'euros",
         "Le fournisseur de cloud nantais réunit Bpifrance et le fonds Ouest Croissance pour construire deux nouveaux centres de données."),
        ("journaldunet.com", "03-24 11:30",
         "Nimbeo lève 25 M€ et vise la qualification SecNumCloud",
         "La start-up veut décrocher le label de l'ANSSI d'ici 2027 pour répondre aux appels d'offres des administrations et des collectivités."),
    ]),
    # ---------------------------------------------- Bouygues Telecom 5G SA for consumers, single
    ("bouygues-5g-sa", "fresh43", [
        ("frandroid.com", "03-24 09:00",
         "Bouygues Telecom active la 5G SA pour ses abonnés grand public",
         "La 5G autonome, jusqu'ici réservée aux entreprises, arrive sur les forfaits B&You et Sensation, avec une latence réduite promise."),
    ]),
    # ---------------------------------------------- Bleu gets SecNumCloud (Wed 25 Mar)
    ("bleu-secnumcloud", "fresh43", [
        ("lemagit.fr", "03-25 08:00",
         "Bleu décroche la qualification SecNumCloud",
         "Le cloud de confiance fondé par Orange et Capgemini, qui opère les technologies Azure et Microsoft 365, obtient le label de l'ANSSI."),
        ("lemondeinformatique.fr", "03-25 10:30",
         "Cloud de confiance : la coentreprise d'Orange et Capgemini qualifiée par l'ANSSI",
         "La qualification ouvre à Bleu les marchés des administrations et des opérateurs d'importance vitale, tenus d'héberger leurs données sensibles sur un cloud qualifié."),
        ("silicon.fr", "03-25 14:00",
         "SecNumCloud : feu vert de l'ANSSI pour Bleu, le Microsoft « souverain »",
         "Après S3NS, c'est au tour de Bleu d'obtenir la qualification, ce qui relance le débat sur l'immunité des offres américaines opérées par des Français."),
    ]),
    # ---------------------------------------------- Arcep 26 GHz, single
    ("arcep-26ghz", "fresh43", [
        ("latribune.fr", "03-26 09:00",
         "5G : l'Arcep lance l'attribution des fréquences de la bande 26 GHz",
         "Le régulateur des télécoms ouvre une procédure pour attribuer des blocs de fréquences millimétriques aux opérateurs et aux industriels d'ici l'automne."),
    ]),
    # ---------------------------------------------- CNIL fines a commune, single
    ("cnil-commune-videoprotection", "fresh43", [
        ("next.ink", "03-27 10:00",
         "Vidéoprotection algorithmique : la CNIL sanctionne une commune du Var",
         "La municipalité avait déployé un logiciel d'analyse automatique des images sans base légale ; elle écope d'un rappel à l'ordre et d'une injonction."),
    ]),
    # ---------------------------------------------- Orange switches off copper in a new batch of communes (Tue 31 Mar)
    ("orange-copper-switchoff", "fresh43", [
        ("lefigaro.fr", "03-31 08:00",
         "Fin du cuivre : Orange coupe l'ADSL dans 800 nouvelles communes",
         "L'opérateur historique a procédé mardi à la fermeture technique de son réseau cuivre dans un nouveau lot de communes, obligeant les abonnés à basculer vers la fibre."),
        ("01net.com", "03-31 11:00",
         "ADSL : votre commune fait-elle partie du nouveau lot d'extinction ?",
         "Orange vient d'éteindre le réseau téléphonique historique dans 800 communes ; voici comment vérifier si vous êtes concerné et que faire."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
