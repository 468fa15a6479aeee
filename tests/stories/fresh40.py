"""A fortieth fresh labelled set of French tech-news articles grouped by event, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh40".
Positives: one event told with digits or words, English terms, "selon L'Informé", the actor only by a
periphrasis or only in the lead, consumer angles, explainers, tests, interviews, quote titles,
next-day reactions, post-mortems and terse follow-ups. Hard negatives within days: two Azure outages,
two hospital ransomware attacks, Atos results then job cuts, a CNIL fine then an Autorité de la
concurrence fine for Bouygues Telecom, a rumour on Mistral AI then its funding round, launches then
their bugs, two Google rulings, SFR sale then strike, Ubisoft closure then strike, and roundups.
`build` fixes the year 2026; times are UTC, March and June 2026.

Held out to the end of stop 22 and measured once, on 4befdd2, nothing changed for it after:
precision 0.983, recall 0.710 (the code that landed at stop 21, c3d1421: 0.983 / 0.735); 53be861, the
code that lands, gives the same.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------ Apple: iPad Air M4, then MacBook Air M5 the next day (separate press releases)
    ("apple-ipad-air-m4", "fresh40", [
        ("igen.fr", "03-02 14:10", "Apple présente l'iPad Air M4",
         "Le nouvel iPad Air adopte la puce M4 et 12 Go de mémoire, sans changer de design, à partir de 699 €."),
        ("macg.co", "03-02 14:25", "iPad Air : la puce M4 arrive, le prix ne bouge pas",
         "Apple renouvelle sa tablette intermédiaire en 11 et 13 pouces ; les précommandes ouvrent mercredi pour une sortie le 11 mars."),
        ("lesnumeriques.com", "03-02 16:40", "iPad Air M4 officiel : quoi de neuf sur la tablette d’Apple ?",
         "Puce M4, Wi-Fi 7 et modem maison : la firme de Cupertino fait évoluer discrètement sa tablette de milieu de gamme."),
        ("01net.com", "03-03 08:00", "Faut-il craquer pour le nouvel iPad Air ?",
         "Puce plus rapide, même écran LCD : on fait le point sur ce que vaut la mise à jour de la tablette d'Apple face au modèle M3."),
    ]),
    ("apple-macbook-air-m5", "fresh40", [
        ("igen.fr", "03-03 14:05", "Les MacBook Air passent à la puce M5",
         "Apple met à jour ses portables les plus vendus, qui démarrent désormais avec 16 Go de mémoire et 512 Go de stockage."),
        ("macg.co", "03-03 14:30", "MacBook Air M5 : Apple double le stockage de base",
         "Le nouveau MacBook Air 13 pouces démarre à 1 199 € avec 512 Go de SSD, une première pour la gamme."),
        ("clubic.com", "03-03 17:00", "Apple dégaine un nouveau portable ultraléger, voici ce qui change",
         "Puce M5, stockage doublé et nouveau coloris : le MacBook Air se renouvelle au lendemain de l'iPad Air."),
        ("lesnumeriques.com", "03-05 13:00", "Test du MacBook Air M5 (13 pouces) : toujours le meilleur portable pour la plupart des gens ?",
         "Nous avons utilisé pendant quelques jours le nouveau MacBook Air ; autonomie, performances et chauffe passées au crible."),
    ]),
    # ------------------------------------------------ the MacBook Air M5 a week later: its display bug (launch vs bug)
    ("macbook-air-m5-display-bug", "fresh40", [
        ("macg.co", "03-10 09:30", "Des MacBook Air M5 affectés par des lignes à l'écran",
         "Plusieurs acheteurs signalent l'apparition de lignes verticales sur la dalle de leur MacBook Air M5 après la sortie de veille."),
        ("igen.fr", "03-10 18:15", "Écran du MacBook Air M5 : Apple reconnaît un problème logiciel",
         "Apple indique qu’un correctif de macOS réglera le souci d’affichage rencontré par certains propriétaires du nouveau portable."),
    ]),
    # ------------------------------------------------ two Azure outages three days apart (West Europe, then France Central)
    ("azure-outage-west-europe", "fresh40", [
        ("lemagit.fr", "03-03 10:20", "Azure : une panne perturbe la région Europe de l'Ouest",
         "Depuis 7 h ce mardi, de nombreux clients de Microsoft Azure hébergés aux Pays-Bas signalent des erreurs sur les machines virtuelles et le stockage."),
        ("zdnet.fr", "03-03 12:10", "Le cloud de Microsoft en rade pendant plusieurs heures en Europe",
         "Un incident dans un centre de données d'Amsterdam a rendu indisponibles des services Azure, Teams et Outlook pour une partie des entreprises européennes."),
        ("silicon.fr", "03-03 15:45", "Panne Azure : le géant de Redmond pointe un problème de refroidissement",
         "L’éditeur attribue l’incident de la région West Europe à une hausse de température ayant entraîné l’arrêt automatique de serveurs."),
        ("lemondeinformatique.fr", "03-04 09:00", "Incident Azure West Europe : Microsoft publie son post-mortem",
         "Dans un rapport préliminaire, Microsoft détaille l'enchaînement qui a privé de service des clients pendant près de six heures mardi."),
    ]),
    ("azure-outage-france-central", "fresh40", [
        ("lemagit.fr", "03-06 08:50", "Nouvel incident Azure, cette fois en France Centre",
         "Trois jours après la panne néerlandaise, la région Azure de Paris a connu une interruption réseau d'environ deux heures vendredi matin."),
        ("channelnews.fr", "03-06 14:00", "Azure France Central : les partenaires s'inquiètent après une seconde coupure",
         "Les intégrateurs remontent des plaintes de clients après l'indisponibilité de la région parisienne du cloud de Microsoft."),
    ]),
    # ------------------------------------------------ two hospitals hit by ransomware five days apart
    ("ch-montelimar-ransomware", "fresh40", [
        ("zdnet.fr", "03-04 11:30", "Le centre hospitalier de Montélimar frappé par un rançongiciel",
         "L'hôpital drômois a déclenché son plan blanc numérique après le chiffrement d'une partie de ses serveurs dans la nuit."),
        ("numerama.com", "03-04 14:00", "Cyberattaque : un hôpital de la Drôme contraint de revenir au papier",
         "Urgences en mode dégradé, rendez-vous reportés : l’établissement de Montélimar fait face à une attaque par ransomware."),
        ("01net.com", "03-04 17:20", "Ransomware : les urgences de Montélimar fonctionnent en mode dégradé",
         "L'ARS Auvergne-Rhône-Alpes confirme une cyberattaque contre le centre hospitalier, dont les systèmes informatiques sont coupés."),
        ("lemagit.fr", "03-05 09:15", "Montélimar : le groupe Qilin revendique l'attaque contre l'hôpital",
         "Le groupe de ransomware a ajouté l'établissement à sa vitrine et menace de publier des données de patients."),
    ]),
    ("ch-saint-nazaire-ransomware", "fresh40", [
        ("lemagit.fr", "03-09 10:00", "Cyberattaque : le centre hospitalier de Saint-Nazaire touché à son tour",
         "Cinq jours après Montélimar, l'hôpital de Loire-Atlantique a détecté une intrusion et coupé ses accès externes par précaution."),
        ("bfmtv.com", "03-09 13:40", "Saint-Nazaire : l'hôpital visé par une cyberattaque, les patients invités à se munir de leurs documents",
         "Le système informatique de l'établissement est à l'arrêt depuis dimanche soir ; les opérations non urgentes sont reportées."),
        ("numerama.com", "03-10 08:30", "Après la Drôme, un deuxième hôpital français paralysé par un ransomware en une semaine",
         "L’hôpital de Saint-Nazaire a confirmé une attaque par rançongiciel, sans lien établi à ce stade avec celle de Montélimar."),
    ]),
    # ------------------------------------------------ Atos: annual results, then job cuts the next day
    ("atos-results-2025", "fresh40", [
        ("lesechos.fr", "03-04 06:45", "Atos renoue avec un résultat opérationnel positif",
         "Le groupe de services numériques affiche pour 2025 une marge opérationnelle de 3,1 % et un chiffre d'affaires de 8 milliards d'euros, en recul de 17 %."),
        ("lemondeinformatique.fr", "03-04 10:30", "Atos : un chiffre d'affaires en baisse mais une rentabilité en hausse",
         "Pour son premier exercice complet après la restructuration financière, l'ESN revendique un free cash flow proche de l'équilibre."),
        ("latribune.fr", "03-04 12:00", "Après sa restructuration, l’ancien fleuron de l’informatique française respire un peu",
         "Philippe Salle, PDG d’Atos, juge que le redressement est « sur les rails » malgré un recul de l’activité en 2025."),
    ]),
    ("atos-job-cuts", "fresh40", [
        ("linforme.com", "03-05 07:00", "Atos prépare la suppression de 2 500 postes en France",
         "Selon nos informations, la direction présentera lundi aux syndicats un plan de départs touchant surtout les activités d'infogérance."),
        ("silicon.fr", "03-05 11:20", "Atos : 2 500 emplois menacés en France, selon L'Informé",
         "Au lendemain de ses résultats annuels, le groupe de services informatiques réduirait fortement ses effectifs hexagonaux."),
        ("lesechos.fr", "03-05 16:00", "Atos confirme un vaste plan de départs volontaires",
         "La direction confirme vouloir réduire d'environ deux mille cinq cents postes ses effectifs en France d'ici à 2027, via une rupture conventionnelle collective."),
    ]),
    # ------------------------------------------------ OpenAI: GPT-5.5 launch, then a ChatGPT outage the next day
    ("openai-gpt-5-5", "fresh40", [
        ("usine-digitale.fr", "03-05 19:30", "OpenAI lance GPT-5.5, plus rapide et moins cher",
         "Le nouveau modèle de l'entreprise de Sam Altman remplace GPT-5 dans ChatGPT et promet de meilleurs résultats en programmation."),
        ("numerama.com", "03-05 21:00", "GPT-5.5 est là : ce qui change pour vous dans ChatGPT",
         "Les abonnés gratuits et payants basculent sur le nouveau modèle ; voici les différences concrètes et les limites d'usage."),
        ("01net.com", "03-06 08:10", "On a testé GPT-5.5 : vrai bond ou simple mise à jour ?",
         "Raisonnement, code, rédaction : nous avons soumis le dernier modèle d’OpenAI à nos tests habituels."),
        ("next.ink", "03-06 10:00", "Le créateur de ChatGPT vante ses benchmarks, sans fiche technique complète",
         "OpenAI revendique pour GPT-5.5 des gains en code et en maths mais reste discret sur l'entraînement de son nouveau modèle."),
    ]),
    ("chatgpt-outage", "fresh40", [
        ("clubic.com", "03-06 15:30", "ChatGPT en panne : des millions d'utilisateurs privés de l'assistant",
         "Le service d'OpenAI affiche des erreurs depuis le début d'après-midi, au lendemain du lancement de son nouveau modèle."),
        ("bfmtv.com", "03-06 16:10", "ChatGPT ne répond plus : OpenAI enquête sur une panne mondiale",
         "L'entreprise indique avoir identifié un problème touchant la connexion et l'historique des conversations."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("roundup-01net-w10", "fresh40", [
        ("01net.com", "03-07 09:00", "Les 10 actus tech de la semaine : iPad Air M4, MacBook Air M5, GPT-5.5, panne Azure",
         "Nouveaux produits Apple, modèle d'OpenAI, cloud de Microsoft à l'arrêt et cyberattaque contre un hôpital : le récap de la semaine."),
    ]),
    # ------------------------------------------------ Mistral AI: a rumour of an Apple bid, then a different deal (its funding round)
    ("apple-mistral-rumour", "fresh40", [
        ("bfmtv.com", "03-08 20:00", "Apple aurait envisagé de racheter Mistral AI",
         "Selon The Information, des dirigeants d'Apple ont discuté en interne d'une offre sur la start-up française, sans approche formelle à ce stade."),
        ("igen.fr", "03-09 07:30", "Rumeur : Apple a étudié un rachat de Mistral",
         "Le fabricant de l’iPhone, en retard sur l’IA générative, aurait évoqué l’acquisition de la pépite parisienne lors de discussions internes."),
    ]),
    ("mistral-funding", "fresh40", [
        ("lesechos.fr", "03-11 06:00", "Mistral AI lève 2 milliards d'euros et vaut désormais 30 milliards",
         "La start-up française de l'IA générative boucle un tour de table mené par le fonds MGX, avec la participation de Nvidia et de Bpifrance."),
        ("usine-digitale.fr", "03-11 09:15", "Nouveau méga-tour de table pour Mistral AI",
         "Le champion tricolore des modèles de langage sécurise deux milliards d'euros pour financer ses centres de données en Essonne."),
        ("journaldunet.com", "03-11 11:00", "La licorne française de l'IA valorisée 30 milliards après un mega round",
         "Fondée en 2023 par Arthur Mensch, Guillaume Lample et Timothée Lacroix, la jeune pousse parisienne franchit un nouveau palier avec une série D de 2 Md€."),
        ("clubic.com", "03-11 14:00", "2 Md€ de plus dans les caisses de Mistral : pour quoi faire ?",
         "Calcul, recrutements, expansion à l’international : on décrypte ce que la start-up va faire de sa nouvelle levée de fonds."),
        ("lesechos.fr", "03-12 07:30", "« Nous ne sommes pas à vendre » : Arthur Mensch s'explique",
         "Au lendemain de l'annonce de deux milliards d'euros levés, le patron de Mistral AI balaie les rumeurs de rachat et détaille l'usage des fonds."),
    ]),
    # ------------------------------------------------ Microsoft: March Patch Tuesday, then the BitLocker bug its update causes
    ("patch-tuesday-march", "fresh40", [
        ("zdnet.fr", "03-10 19:00", "Patch Tuesday de mars : Microsoft corrige six failles zero-day",
         "La mise à jour mensuelle comble 67 vulnérabilités, dont six déjà exploitées, touchant notamment le noyau Windows et le moteur MSHTML."),
        ("lemagit.fr", "03-11 08:00", "Microsoft : une soixantaine de vulnérabilités corrigées, dont 6 activement exploitées",
         "Les correctifs de mars sont à appliquer en priorité sur les postes Windows 11 et les serveurs exposés, recommande le CERT-FR."),
    ]),
    ("windows-bitlocker-bug", "fresh40", [
        ("01net.com", "03-12 10:00", "Windows 11 : la dernière mise à jour déclenche l'écran de récupération BitLocker",
         "Après l'installation du correctif cumulatif de mars, des PC redémarrent sur un écran exigeant la clé de récupération BitLocker."),
        ("clubic.com", "03-12 13:30", "Votre PC réclame une clé BitLocker après la mise à jour ? Voici quoi faire",
         "Microsoft reconnaît un problème causé par le correctif KB5079473 et propose une solution de contournement."),
        ("lemondeinformatique.fr", "03-13 09:00", "Bug BitLocker : Microsoft suspend le déploiement du correctif de mars",
         "L'éditeur a interrompu la distribution de la KB5079473 sur certains modèles de PC professionnels, le temps de corriger le problème."),
    ]),
    # ------------------------------------------------ Bouygues Telecom: CNIL fine, then an Autorité de la concurrence fine three days later
    ("cnil-fine-bouygues-telecom", "fresh40", [
        ("next.ink", "03-10 12:00", "La CNIL inflige 12 millions d'euros d'amende à Bouygues Telecom",
         "La formation restreinte reproche à l'opérateur un défaut de sécurité ayant permis la fuite des données de 6,4 millions de clients en 2025."),
        ("lemondeinformatique.fr", "03-10 15:00", "Fuite de données : Bouygues Telecom sanctionné par la CNIL",
         "Le gendarme des données personnelles estime que l'opérateur n'avait pas mis en place une authentification suffisante pour ses outils internes."),
        ("frandroid.com", "03-10 17:30", "Client Bouygues Telecom victime de la fuite ? L’amende de 12 M€ ne change rien pour vous",
         "La sanction prononcée par la CNIL n’ouvre pas de droit à indemnisation, mais l’autorité rappelle les recours possibles pour les abonnés concernés."),
    ]),
    ("adlc-fine-bouygues-telecom", "fresh40", [
        ("lesechos.fr", "03-13 08:00", "L'Autorité de la concurrence sanctionne Bouygues Telecom pour ses pratiques sur la fibre",
         "L'opérateur devra payer 35 millions d'euros pour avoir freiné l'accès de concurrents à son réseau dans des zones moins denses."),
        ("latribune.fr", "03-13 11:00", "Fibre : 35 millions d'euros d'amende pour Bouygues Telecom",
         "Trois jours après la CNIL, c'est au tour de l'Autorité de la concurrence de frapper l'opérateur du groupe de Martin Bouygues."),
        ("zdnet.fr", "03-13 14:20", "Bouygues Telecom à nouveau condamné, cette fois pour abus de position dominante",
         "Le gendarme de la concurrence reproche à l'opérateur des conditions discriminatoires imposées aux fournisseurs d'accès sur son réseau fibre."),
    ]),
    # ------------------------------------------------ Orange: emergency numbers outage (actor only by periphrasis in one title)
    ("orange-emergency-outage", "fresh40", [
        ("bfmtv.com", "03-14 22:30", "Panne chez Orange : les numéros d'urgence inaccessibles dans plusieurs régions",
         "Le 15, le 17 et le 18 étaient difficiles à joindre samedi soir pour les clients Orange de l'ouest de la France ; des numéros de substitution ont été communiqués."),
        ("01net.com", "03-15 09:00", "Orange : ce que l'on sait de la panne des appels d'urgence",
         "L'opérateur évoque un incident logiciel sur un équipement de cœur de réseau ; le ministère a demandé un rapport sous 48 heures."),
        ("numerama.com", "03-15 11:30", "Numéros d’urgence injoignables : l’opérateur historique de nouveau sur la sellette",
         "Cinq ans après la coupure géante de 2021, le 112 et le 15 ont encore été inaccessibles pour une partie des abonnés samedi."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("roundup-lemagit-w11", "fresh40", [
        ("lemagit.fr", "03-14 08:00", "Les actualités de la semaine : Mistral AI, Patch Tuesday, Bouygues Telecom sanctionné deux fois",
         "Levée record pour Mistral AI, correctifs de mars, amendes de la CNIL et de l'Autorité de la concurrence : ce qu'il fallait retenir."),
    ]),
    # ------------------------------------------------ SFR: sale agreed, then a strike two days later
    ("altice-sfr-sale", "fresh40", [
        ("lesechos.fr", "03-16 06:30", "Altice accepte de céder SFR à Bouygues, Free et Orange pour 17 milliards",
         "Patrick Drahi a signé une promesse d'achat avec les trois opérateurs, qui se partageront les clients et le réseau du numéro deux français."),
        ("latribune.fr", "03-16 09:00", "Fin de partie pour l’opérateur au carré rouge : le démantèlement est acté",
         "Les trois concurrents de SFR ont trouvé un accord avec Altice ; l’opération doit encore obtenir le feu vert des autorités de concurrence."),
        ("frandroid.com", "03-16 12:00", "Rachat de SFR : ce qui va changer pour les abonnés",
         "Forfaits, box, numéro : on fait le point sur ce que le partage de SFR entre Bouygues Telecom, Free et Orange implique pour ses 19 millions de clients."),
        ("lemondeinformatique.fr", "03-16 14:30", "SFR Business passera dans le giron de Bouygues Telecom",
         "Dans l'accord signé avec Altice, la branche entreprises revient à Bouygues Telecom, Orange récupérant une partie des infrastructures."),
        ("bfmtv.com", "03-17 07:00", "SFR : c'est signé",
         "Les trois opérateurs et Altice ont officialisé l'accord, ouvrant une longue procédure devant les autorités de concurrence."),
    ]),
    ("sfr-strike", "fresh40", [
        ("latribune.fr", "03-18 10:00", "Les salariés de SFR appelés à la grève contre la vente à la découpe",
         "L'intersyndicale appelle à un arrêt de travail jeudi pour obtenir des garanties sur l'emploi après l'accord de cession aux trois concurrents."),
        ("next.ink", "03-19 15:00", "Grève chez SFR : boutiques fermées et centres d'appels au ralenti",
         "La mobilisation a été suivie par près de 40 % des salariés selon les syndicats, qui réclament un accord de méthode."),
    ]),
    # ------------------------------------------------ Nvidia GTC keynote
    ("nvidia-gtc-2026", "fresh40", [
        ("usine-digitale.fr", "03-16 19:30", "GTC 2026 : Nvidia détaille Vera Rubin et sa feuille de route jusqu'en 2028",
         "Jensen Huang a présenté la prochaine génération de puces pour l'IA, attendue au second semestre, et son successeur baptisé Feynman."),
        ("lemagit.fr", "03-17 09:00", "Vera Rubin entre en production, promet Jensen Huang",
         "Lors de sa conférence annuelle à San José, le concepteur de GPU a confirmé les premières livraisons de ses racks NVL144 pour l'été."),
        ("01net.com", "03-17 11:00", "Keynote Nvidia : les 5 annonces à retenir",
         "Vera Rubin, robots humanoïdes, puces photoniques : ce qu’il faut retenir du discours de Jensen Huang."),
    ]),
    # ------------------------------------------------ France Travail breach, then a CAF breach three days later
    ("france-travail-breach", "fresh40", [
        ("numerama.com", "03-17 12:00", "France Travail : une nouvelle fuite touche 1,2 million de demandeurs d'emploi",
         "Des données d'identité et de contact ont été extraites via le compte piraté d'un conseiller d'un organisme partenaire, selon l'opérateur public."),
        ("bfmtv.com", "03-17 14:00", "Fuite de données chez France Travail : comment savoir si vous êtes concerné",
         "Les personnes touchées recevront un courriel ; France Travail recommande de se méfier des appels et SMS frauduleux."),
        ("zdnet.fr", "03-17 17:00", "Encore une fuite de données pour l'ex-Pôle emploi",
         "Un peu plus d'un million d'inscrits sont concernés par l'extraction de données au moyen d'identifiants volés."),
        ("next.ink", "03-18 09:30", "France Travail : la CNIL saisie après la nouvelle fuite",
         "L’établissement a notifié l’incident au régulateur ; c’est la troisième fuite d’ampleur en deux ans."),
    ]),
    ("caf-breach", "fresh40", [
        ("01net.com", "03-20 10:30", "Des données d'allocataires de la CAF en vente sur un forum",
         "Un pirate affirme détenir les informations de 800 000 allocataires ; la Cnaf a ouvert une enquête."),
        ("numerama.com", "03-20 15:00", "Après France Travail, la CAF à son tour victime d'une fuite ?",
         "La Caisse nationale des allocations familiales vérifie l'authenticité d'un fichier publié par un cybercriminel, trois jours après l'incident de France Travail."),
    ]),
    # ------------------------------------------------ Free Mobile new plan
    ("free-mobile-forfait-5g", "fresh40", [
        ("frandroid.com", "03-18 08:30", "Free lance un forfait 5G+ à 19,99 € avec 400 Go",
         "L'opérateur de Xavier Niel renouvelle son offre phare : 400 Go en 5G, davantage de data en roaming et un prix garanti un an."),
        ("clubic.com", "03-18 11:00", "Le nouveau forfait Free Mobile est-il une bonne affaire ?",
         "400 Go, 5G SA, 35 Go en Europe : on compare la nouvelle offre de Free avec celles de Bouygues Telecom, Orange et SFR."),
    ]),
    # ------------------------------------------------ Ariane 6 launches Galileo satellites
    ("ariane6-galileo", "fresh40", [
        ("numerama.com", "03-19 21:30", "Ariane 6 a mis en orbite deux nouveaux satellites Galileo",
         "Le lanceur européen a décollé de Kourou à 17 h 42 heure locale et a placé avec succès les satellites de navigation sur leur orbite."),
        ("latribune.fr", "03-20 07:00", "Nouveau succès pour Ariane 6, qui enchaîne les missions",
         "Avec ce deuxième vol de l'année, ArianeGroup et Arianespace montrent que la cadence du lanceur monte enfin en puissance."),
        ("lesechos.fr", "03-20 08:30", "Navigation : l'Europe complète sa constellation Galileo",
         "Deux satellites supplémentaires ont été placés en orbite jeudi soir par le lanceur lourd européen, portant la constellation à 30 unités."),
    ]),
    # ------------------------------------------------ Ubisoft: studio closure, then a strike three days later
    ("ubisoft-annecy-closure", "fresh40", [
        ("lesechos.fr", "03-23 07:30", "Ubisoft va fermer son studio d'Annecy",
         "L'éditeur de jeux vidéo poursuit sa cure d'économies et prévoit la suppression d'environ 130 postes en Haute-Savoie."),
        ("clubic.com", "03-23 12:00", "Nouveau coup dur chez Ubisoft : le studio de Steep et Riders Republic va disparaître",
         "Le studio haut-savoyard, spécialisé dans le multijoueur, doit fermer d’ici l’été."),
        ("journaldunet.com", "03-24 09:00", "Ubisoft : cent trente salariés concernés par la fermeture du studio d'Annecy",
         "La direction de l'éditeur justifie la fermeture par la réorganisation en « maisons créatives » lancée fin 2025."),
    ]),
    ("ubisoft-strike", "fresh40", [
        ("numerama.com", "03-26 10:00", "Grève chez Ubisoft : les salariés de plusieurs studios français débraient",
         "À l'appel du STJV et de Solidaires Informatique, des employés de Paris, Montpellier et Annecy ont cessé le travail ce jeudi."),
        ("lesnumeriques.com", "03-26 14:00", "Ubisoft : les syndicats appellent à une grève nationale",
         "Trois jours après l'annonce de la fermeture d'Annecy, le mouvement dénonce aussi la fin du télétravail et le gel des salaires."),
    ]),
    # ------------------------------------------------ Google: a DMA fine, then the CJEU Android ruling two days later
    ("google-dma-fine", "fresh40", [
        ("lesechos.fr", "03-24 11:00", "Bruxelles inflige à Google une amende de 2,1 milliards d'euros au titre du DMA",
         "La Commission européenne reproche au moteur de recherche d'avoir favorisé ses propres services, comme Google Flights et Google Shopping, dans ses résultats."),
        ("next.ink", "03-24 13:00", "DMA : première amende pour Alphabet, accusé d'autopréférence",
         "La Commission estime que la maison mère de Google n'a pas mis en conformité la présentation de ses résultats de recherche."),
        ("01net.com", "03-24 16:00", "Amende record pour Google en Europe : ce qui pourrait changer dans vos recherches",
         "Bruxelles exige que le moteur affiche équitablement les comparateurs concurrents ; voici ce que cela implique pour les internautes."),
        ("bfmtv.com", "03-25 08:00", "« Une décision qui nuira aux Européens » : Google va faire appel",
         "Le groupe de Mountain View conteste la sanction de 2,1 milliards d'euros infligée par la Commission et dénonce un frein à l'innovation."),
    ]),
    ("cjue-google-android", "fresh40", [
        ("lemondeinformatique.fr", "03-26 10:30", "La CJUE confirme l'amende de 4,1 milliards d'euros infligée à Google pour Android",
         "La Cour de justice de l'Union européenne rejette le pourvoi du groupe américain, mettant fin à une procédure ouverte en 2015."),
        ("latribune.fr", "03-26 12:00", "Android : Google définitivement condamné par la justice européenne",
         "Deux jours après une amende au titre du DMA, le géant de Mountain View perd son dernier recours dans l'affaire de ses accords avec les fabricants de smartphones."),
        ("numerama.com", "03-26 15:00", "C’est terminé pour Google : l’amende Android est confirmée",
         "Les juges de Luxembourg ont validé la sanction de la Commission pour abus de position dominante."),
    ]),
    # ------------------------------------------------ daily brief (own event)
    ("bfm-quotidienne-0324", "fresh40", [
        ("bfmtv.com", "03-24 18:00", "Tech & Co, la quotidienne du 24 mars : amende DMA pour Google, Ubisoft, Mistral AI",
         "Au sommaire : l'amende de Bruxelles contre Google, la fermeture du studio d'Annecy d'Ubisoft et le point sur la stratégie de Mistral AI."),
    ]),
    # ------------------------------------------------ Capgemini acquisition
    ("capgemini-valantic", "fresh40", [
        ("lesechos.fr", "03-25 07:00", "Capgemini réalise une acquisition à plus d'un milliard en Allemagne",
         "Le leader français des services informatiques rachète Valantic au fonds DPE, un an après l'acquisition de WNS."),
        ("lemondeinformatique.fr", "03-25 08:30", "Capgemini s'offre l'allemand Valantic",
         "L'ESN française met 1,2 milliard d'euros sur la table pour renforcer ses activités de conseil SAP et de transformation numérique outre-Rhin."),
        ("channelnews.fr", "03-25 11:00", "Capgemini acquiert Valantic et ses 3 500 consultants",
         "Avec ce rachat, le groupe parisien devient l’un des premiers intégrateurs SAP en Allemagne."),
    ]),
    # ------------------------------------------------ FranceConnect outage (periphrasis in one title)
    ("franceconnect-outage", "fresh40", [
        ("next.ink", "03-27 11:00", "FranceConnect en panne : impossible de se connecter aux services publics",
         "Depuis ce vendredi matin, le service d'identification de l'État renvoie une erreur, bloquant l'accès à impots.gouv.fr ou Ameli pour de nombreux usagers."),
        ("01net.com", "03-27 14:30", "Vous n'arrivez pas à vous connecter à Ameli ou aux impôts ? C'est normal",
         "Le bouton d'authentification de l'État est indisponible ; la DINUM promet un rétablissement dans la journée."),
    ]),
    # ------------------------------------------------ weekend roundup (own event)
    ("roundup-clubic-w13", "fresh40", [
        ("clubic.com", "03-29 08:00", "Le récap tech de la semaine : Google condamné deux fois, grève chez Ubisoft, FranceConnect en panne",
         "Amende DMA puis arrêt de la CJUE, mobilisation dans les studios d'Ubisoft et panne de l'identité numérique de l'État : les actus à ne pas manquer."),
    ]),
    # ================================================ June
    # ------------------------------------------------ Bleu SecNumCloud (with an interview the next day)
    ("bleu-secnumcloud", "fresh40", [
        ("lemagit.fr", "06-02 09:00", "Bleu décroche la qualification SecNumCloud",
         "Le cloud de confiance d'Orange et Capgemini, qui exploite les technologies Microsoft, obtient le sésame de l'Anssi après deux ans d'instruction."),
        ("silicon.fr", "06-02 11:30", "Cloud de confiance : la coentreprise d'Orange et Capgemini qualifiée par l'Anssi",
         "Les services Azure et Microsoft 365 opérés en France peuvent désormais accueillir des données sensibles de l'État."),
        ("lesechos.fr", "06-02 14:00", "Microsoft 365 « souverain » : Bleu obtient le feu vert de l'Anssi",
         "Cette qualification ouvre la voie à la migration de ministères vers la suite bureautique de Microsoft hébergée en France."),
        ("journaldunet.com", "06-03 10:00", "Jean Coumaros (Bleu) : « La qualification n'est qu'un début »",
         "Le dirigeant détaille le calendrier commercial et les premiers clients publics après l'obtention du label SecNumCloud."),
    ]),
    # ------------------------------------------------ two retailers' customer data breaches two days apart
    ("auchan-breach", "fresh40", [
        ("zdnet.fr", "06-03 10:00", "Auchan signale une fuite des données de ses clients fidèles",
         "Noms, adresses et soldes de cagnotte de plusieurs centaines de milliers de porteurs de carte de fidélité ont été dérobés."),
        ("frandroid.com", "06-03 13:00", "Client Auchan ? Vos données ont peut-être fuité, voici comment vous protéger",
         "Le distributeur a commencé à prévenir par e-mail les clients touchés ; les coordonnées bancaires ne seraient pas concernées."),
        ("01net.com", "06-03 17:30", "Fuite de données chez Auchan : le distributeur porte plainte",
         "L’enseigne nordiste confirme une intrusion via un prestataire et a notifié la CNIL."),
    ]),
    ("cultura-breach", "fresh40", [
        ("zdnet.fr", "06-05 09:00", "Cultura victime à son tour d'une fuite de données clients",
         "L'enseigne de produits culturels alerte ses clients après l'accès frauduleux à une base contenant noms, e-mails et historiques d'achats."),
        ("numerama.com", "06-05 12:00", "Après Auchan, une autre enseigne française piratée",
         "Cultura confirme une fuite de données touchant les membres de son programme de fidélité, deux jours après le distributeur nordiste."),
    ]),
    # ------------------------------------------------ Bouygues Telecom mobile outage
    ("bouygues-telecom-outage", "fresh40", [
        ("bfmtv.com", "06-04 09:00", "Panne Bouygues Telecom : appels et internet mobile coupés pour des milliers de clients",
         "Depuis mercredi soir, les abonnés mobiles de l'opérateur signalent des difficultés à passer des appels, notamment en Île-de-France."),
        ("frandroid.com", "06-04 12:00", "Bouygues Telecom confirme une panne de son réseau mobile, voici ce qu'on sait",
         "L'opérateur évoque un incident sur un équipement de cœur de réseau, résolu en fin de matinée."),
    ]),
    # ------------------------------------------------ deals post (own event)
    ("bons-plans-frandroid-0605", "fresh40", [
        ("frandroid.com", "06-05 07:30", "Les meilleurs bons plans du jour : Pixel 10, AirPods Pro 3 et forfait Free Mobile",
         "Smartphones, écouteurs et forfaits : notre sélection des promotions les plus intéressantes de ce vendredi."),
    ]),
    # ------------------------------------------------ Xbox showcase (actor only by periphrasis in one lead)
    ("xbox-showcase-2026", "fresh40", [
        ("lesnumeriques.com", "06-07 19:30", "Xbox Games Showcase 2026 : toutes les annonces",
         "Fable, Gears of War E-Day et un nouveau Forza : Microsoft a dévoilé le calendrier de ses jeux pour les douze prochains mois."),
        ("clubic.com", "06-07 21:00", "Ce qu'il fallait retenir de la conférence Xbox",
         "Le géant de Redmond a enchaîné les bandes-annonces et confirmé l'arrivée de ses exclusivités sur PlayStation."),
    ]),
    # ------------------------------------------------ WWDC: iOS 27 and macOS 27, covered separately by outlets
    ("wwdc-ios-27", "fresh40", [
        ("igen.fr", "06-08 18:30", "iOS 27 est officiel : toutes les nouveautés",
         "Siri repensé, nouvelles fonctions Apple Intelligence et Liquid Glass retravaillé : Apple a présenté la prochaine version du système de l'iPhone."),
        ("frandroid.com", "06-08 19:30", "iOS 27 : Apple copie-t-il encore Android ?",
         "Résumés d'appels, Siri conversationnel, écran d'accueil personnalisable : plusieurs nouveautés rappellent des fonctions déjà présentes chez Google et Samsung."),
        ("lesnumeriques.com", "06-08 21:00", "iOS 27 : la liste des iPhone compatibles et la date de sortie",
         "La mise à jour arrivera en septembre ; les iPhone 11 sont laissés de côté."),
        ("clubic.com", "06-09 09:00", "WWDC 2026 : ce que le nouveau système de l’iPhone va changer pour vous",
         "Siri enfin utile, appels filtrés, photos mieux rangées : les fonctions d’iOS 27 que vous utiliserez vraiment."),
    ]),
    ("wwdc-macos-27", "fresh40", [
        ("macg.co", "06-08 19:00", "macOS 27 : Apple dévoile la nouvelle version de son système pour Mac",
         "Fenêtres revues, Spotlight enrichi et fin de la prise en charge des Mac Intel : voici les nouveautés du successeur de macOS Tahoe."),
        ("igen.fr", "06-08 20:15", "macOS 27 abandonne définitivement les Mac Intel",
         "Comme annoncé l'an dernier, le système présenté lors de la WWDC ne fonctionne que sur les Mac équipés d'une puce Apple."),
    ]),
    # ------------------------------------------------ STMicroelectronics job cuts
    ("stmicro-job-cuts", "fresh40", [
        ("latribune.fr", "06-09 08:00", "STMicroelectronics va supprimer un millier de postes supplémentaires en France",
         "Le fabricant franco-italien de semi-conducteurs étend son programme de départs volontaires à ses sites de Crolles et Rousset."),
        ("usine-digitale.fr", "06-09 11:00", "Crolles, Rousset : ST accélère la réduction de ses effectifs",
         "Le groupe vise 1 000 départs volontaires d'ici fin 2027, en plus des 2 800 annoncés en 2025, sur fond de marché automobile déprimé."),
        ("lesechos.fr", "06-09 15:00", "Semi-conducteurs : le franco-italien taille encore dans ses effectifs",
         "Les syndicats de STMicroelectronics dénoncent un « plan déguisé » alors que l'État a largement subventionné l'extension de l'usine iséroise."),
    ]),
    # ------------------------------------------------ Google Cloud outage, with the incident report two days later
    ("google-cloud-outage", "fresh40", [
        ("lemagit.fr", "06-09 18:30", "Google Cloud : une panne mondiale de l'IAM perturbe des milliers de services",
         "Un bug dans le système de gestion des identités a provoqué des erreurs en cascade sur Google Cloud, Workspace et des applications clientes pendant près de trois heures."),
        ("01net.com", "06-09 20:00", "Gmail, Drive, Meet : grosse panne chez Google ce mardi",
         "Les services de Google et de nombreux sites qui s’appuient sur son cloud étaient inaccessibles en fin d’après-midi."),
        ("silicon.fr", "06-11 08:00", "Panne Google Cloud : l'incident venait d'une modification de quotas",
         "Dans son rapport d'incident, Google explique qu'un changement de configuration mal testé s'est propagé à toutes les régions."),
    ]),
    # ------------------------------------------------ Android 17 stable
    ("android-17-release", "fresh40", [
        ("frandroid.com", "06-10 17:30", "Android 17 est disponible : voici les smartphones Pixel concernés",
         "Google déploie dès aujourd'hui la version stable de son système sur les Pixel 6 et suivants, avec un mode bureau et des bulles d'applications."),
        ("01net.com", "06-10 19:00", "Android 17 : ce qui change pour vous",
         "Mode bureau, écran de verrouillage revu, contrôle parental renforcé : les nouveautés de la mise à jour de Google."),
        ("numerama.com", "06-11 08:30", "La nouvelle version du système de Google arrive sur les Pixel",
         "Android 17 sort en version stable à la même période que l'an dernier ; Samsung et les autres fabricants suivront dans les mois à venir."),
    ]),
    # ------------------------------------------------ Arcep 26 GHz band
    ("arcep-26ghz", "fresh40", [
        ("next.ink", "06-11 10:00", "L'Arcep lance l'attribution de la bande 26 GHz",
         "Le régulateur des télécoms ouvre la procédure d'attribution des fréquences millimétriques, destinées à la 5G dans les lieux très fréquentés."),
        ("zdnet.fr", "06-11 14:00", "5G millimétrique : le gendarme des télécoms publie le cahier des charges",
         "Les opérateurs ont jusqu'à septembre pour candidater ; des blocs seront aussi réservés aux réseaux privés des industriels."),
    ]),
    # ------------------------------------------------ Health Data Hub picks OVHcloud (look-alike of Bleu, ten days earlier)
    ("health-data-hub-ovhcloud", "fresh40", [
        ("next.ink", "06-12 09:00", "Le Health Data Hub va quitter Azure pour OVHcloud",
         "La plateforme des données de santé a retenu l'hébergeur roubaisien à l'issue de son appel d'offres, une migration attendue depuis 2020."),
        ("lemondeinformatique.fr", "06-12 12:00", "Données de santé : la plateforme nationale choisit un cloud qualifié SecNumCloud",
         "Le groupement d'intérêt public migrera ses données d'ici 2027 vers l'offre de confiance d'OVHcloud, mettant fin au contrat avec Microsoft."),
        ("lesechos.fr", "06-12 16:00", "OVHcloud remporte le contrat du Health Data Hub face à Bleu et S3NS",
         "Le fournisseur français l’emporte face aux offres de cloud de confiance adossées à Microsoft et Google."),
    ]),
    # ------------------------------------------------ weekly roundup (own event)
    ("roundup-01net-w24", "fresh40", [
        ("01net.com", "06-13 09:00", "Les 10 actus tech de la semaine : WWDC, Android 17, panne Google Cloud",
         "iOS 27 et macOS 27, la nouvelle version d'Android, la panne géante de Google et les suppressions de postes chez ST : le récap."),
    ]),
    # ------------------------------------------------ public sector: Visio replaces Teams
    ("dinum-visio", "fresh40", [
        ("next.ink", "06-15 10:00", "L'État généralise Visio et abandonne Teams et Zoom d'ici 2027",
         "La DINUM impose aux administrations centrales son outil de visioconférence souverain, basé sur la technologie open source LiveKit."),
        ("lemagit.fr", "06-15 14:00", "Visioconférence : les ministères sommés de migrer vers l'outil de la DINUM",
         "Une circulaire du Premier ministre fixe le calendrier de sortie des solutions américaines pour les réunions des agents publics."),
        ("zdnet.fr", "06-16 09:00", "Fin de Teams dans l'administration : ce que prévoit la circulaire",
         "Calendrier, exceptions, coût : le détail du texte qui fait de Visio l'outil par défaut des 5,7 millions d'agents publics."),
    ]),
    # ------------------------------------------------ AI Act delay voted, with next-day reactions
    ("ai-act-delay-vote", "fresh40", [
        ("next.ink", "06-16 13:00", "Le Parlement européen vote le report des obligations de l'AI Act",
         "Les eurodéputés ont adopté l'omnibus numérique qui décale de seize mois l'application des règles sur les systèmes d'IA à haut risque."),
        ("lemondeinformatique.fr", "06-16 16:00", "AI Act : les règles sur l'IA à haut risque repoussées à fin 2027",
         "Strasbourg valide le délai réclamé par les industriels ; le texte doit encore être formellement approuvé par le Conseil."),
        ("usine-digitale.fr", "06-17 08:00", "Report de l’AI Act : soulagement chez les industriels, colère chez les ONG",
         "Au lendemain du vote des eurodéputés, les associations dénoncent un recul, tandis que France Digitale salue un texte pragmatique."),
    ]),
    # ------------------------------------------------ VivaTech: Macron's announcements, and Mistral's model told separately
    ("vivatech-macron", "fresh40", [
        ("usine-digitale.fr", "06-17 12:00", "VivaTech 2026 : Emmanuel Macron annonce 30 milliards d'investissements dans les centres de données",
         "Le président de la République a détaillé une série de projets de data centers pour l'IA, portés notamment par des fonds émiratis et américains."),
        ("bfmtv.com", "06-17 14:30", "« La France doit être le premier hub de l'IA en Europe »",
         "À VivaTech, Emmanuel Macron a promis de simplifier les raccordements électriques des centres de données et annoncé de nouveaux investissements."),
        ("latribune.fr", "06-17 18:00", "IA : l’Élysée fait le plein d’annonces à VivaTech",
         "Investissements étrangers, simplification administrative, formation : les engagements du chef de l’État devant les start-up."),
    ]),
    ("mistral-large-4", "fresh40", [
        ("usine-digitale.fr", "06-17 16:00", "À VivaTech, Mistral AI dévoile Mistral Large 4",
         "La start-up française présente son nouveau modèle phare, multimodal et à poids ouverts, disponible dans Le Chat dès cette semaine."),
        ("numerama.com", "06-17 18:30", "Le nouveau modèle français veut rivaliser avec GPT-5.5 : on l'a essayé",
         "Arthur Mensch a profité de sa venue sur la scène de VivaTech pour lancer Mistral Large 4 ; premières impressions."),
    ]),
    # ------------------------------------------------ two French quantum start-ups raise funds four days apart
    ("alice-bob-funding", "fresh40", [
        ("lesechos.fr", "06-18 06:30", "Informatique quantique : Alice & Bob lève 200 millions d'euros",
         "La start-up parisienne, qui développe des qubits de chat, boucle une série C menée par des fonds européens et l'État via Bpifrance."),
        ("usine-digitale.fr", "06-18 10:00", "La pépite française du quantique sécurise 200 M€",
         "Le financement doit permettre à Alice & Bob de construire d'ici 2030 un ordinateur quantique tolérant aux fautes."),
        ("journaldunet.com", "06-18 14:00", "Deux cents millions pour les qubits de chat d'Alice & Bob",
         "La jeune pousse fondée par Théau Peronnin et Raphaël Lescanne compte recruter 150 personnes et ouvrir un laboratoire à Boston."),
    ]),
    ("quandela-funding", "fresh40", [
        ("lesechos.fr", "06-22 07:00", "Quantique : Quandela boucle une levée de 80 millions",
         "La société de Massy veut industrialiser la production de ses puces photoniques et ouvrir une usine en Île-de-France."),
        ("usine-digitale.fr", "06-22 09:00", "Quandela lève 80 millions d'euros pour ses ordinateurs quantiques photoniques",
         "Quatre jours après Alice & Bob, une autre start-up française du quantique annonce un tour de table, mené par Bpifrance et le fonds de l'EIC."),
    ]),
    # ------------------------------------------------ newsletter (own event)
    ("newsletter-usine-digitale-ia-0618", "fresh40", [
        ("usine-digitale.fr", "06-18 17:00", "La newsletter IA : Mistral Large 4, le report de l'AI Act et Macron à VivaTech",
         "Chaque semaine, l'essentiel de l'intelligence artificielle : les annonces de VivaTech, le vote des eurodéputés et la levée d'Alice & Bob."),
    ]),
    # ------------------------------------------------ Eutelsat orders satellites from Airbus
    ("eutelsat-airbus-order", "fresh40", [
        ("latribune.fr", "06-19 08:00", "Eutelsat commande 200 satellites à Airbus pour renouveler OneWeb",
         "L'opérateur satellitaire, recapitalisé par l'État, sécurise la deuxième génération de sa constellation en orbite basse."),
        ("usine-digitale.fr", "06-19 12:00", "OneWeb : Airbus décroche une commande géante d'Eutelsat",
         "Les satellites seront assemblés à Toulouse, une bonne nouvelle pour la filière spatiale européenne face à Starlink."),
    ]),
    # ------------------------------------------------ weekly satirical column (own event)
    ("next-flock-0620", "fresh40", [
        ("next.ink", "06-20 08:00", "#Flock a vu Macron à VivaTech et l'AI Act dans le tiroir",
         "Chaque samedi, notre dessinateur revient sur la semaine : data centers présidentiels, report de l'AI Act et qubits de chat."),
    ]),
    # ------------------------------------------------ Nothing Phone (4): launch with hands-on and test, then its fix a week later
    ("nothing-phone-4-launch", "fresh40", [
        ("frandroid.com", "06-23 16:00", "Nothing Phone (4) officiel : prix, fiche technique et date de sortie",
         "La marque de Carl Pei lance son nouveau smartphone à 599 €, avec un Snapdragon 8s Gen 5 et une interface Glyph repensée."),
        ("lesnumeriques.com", "06-23 16:30", "Prise en main du Nothing Phone (4) : le design transparent évolue",
         "Nous avons eu le nouveau smartphone de la marque londonienne entre les mains quelques jours avant son annonce."),
        ("01net.com", "06-24 09:00", "Le nouveau smartphone de Carl Pei est-il le meilleur milieu de gamme de l'année ?",
         "Écran, photo, autonomie : le Phone (4) de Nothing coche beaucoup de cases pour 599 €."),
        ("clubic.com", "06-25 10:00", "Test du Nothing Phone (4) : un milieu de gamme qui a du style et du fond",
         "Après une semaine d’utilisation, le dernier Nothing convainc par son autonomie, moins par son zoom."),
    ]),
    ("nothing-phone-4-fingerprint-fix", "fresh40", [
        ("frandroid.com", "06-29 11:00", "Nothing Phone (4) : une mise à jour corrige le bug du capteur d'empreintes",
         "Plusieurs acheteurs se plaignaient d'un lecteur d'empreintes capricieux ; Nothing déploie le correctif Nothing OS 4.0.2."),
        ("01net.com", "06-29 15:00", "Le Nothing Phone (4) reçoit sa première grosse mise à jour",
         "Le correctif améliore la reconnaissance des empreintes digitales et l'appareil photo, une semaine après la sortie du smartphone."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
