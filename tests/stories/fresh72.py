"""The 72nd fresh labelled set for "same story" grouping, health tech and public-sector health IT, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh72".
Positives: a post-mortem the next day naming the firm only as « la licorne de la e-santé »; terse
follow-ups (« le service est rétabli », « retour à la normale »); quotes as titles (« Nous sommes allés
trop vite », « Un retour au Moyen Âge »); a syndicated story (« selon Les Echos », « selon L'Informé »);
an English word title (« Layoffs chez Doctolib »); a hospital named only by its site (« l'hôpital de
Fleyriat »); the Cour des comptes named only as « les Sages de la rue Cambon »; a pharmacy outage whose
articles never name the vendor, or name only its software (LGPI); « le champion français du cloud »
and « l'opérateur historique »; titles sharing almost no word (« Les données de santé des Français
commencent à quitter Microsoft », « Le 15 et le 112 injoignables »); digits vs words (148 / « près de
150 », 420 000 / « plus de 400 000 »); explainers and how-tos the same day or the next; a ransom claim
the day after the attack; a government summons the day after an outage.
Hard negatives: two Doctolib outages three days apart (the second vague about cause and place);
Doctolib's acquisition of Vocalis, then the launch of the assistant built on it, then a bug in that
assistant a week later (« mélange les patients »), then a minor Doctolib launch in Italy; Doctolib's
layoffs, then a strike against them; two ransomware attacks on two hospitals two days apart; the
Assurance maladie account breach, an unrelated ameli phishing wave two days later, and a second
Assurance maladie leak a month later; a SESAM-Vitale invoicing outage, then an ameli.fr outage two
days later, then an AP-HP outage the day after, and a Dedalus hospital-software outage two weeks
earlier; the carte Vitale app going nationwide, then its iPhone log-out bug; two mutuelle leaks
(MGEN, Malakoff Humanis) in one week; a CNIL fine, then its appeal seven weeks later; two e-health
funding rounds (Nabla, Lifen) the same morning, and two non-health rounds (Pigment, Dust) the same
morning; three weekly health-tech roundups and three weekly Next newsletters; two monthly
teleconsultation barometers; two Withings products the same afternoon, and a Withings review weeks
later; Health Data Hub migration, a new director and a Cour des comptes report; Owkin's CE mark, then
its layoffs; fake sick notes sold online, then the decree ending paper sick notes; AP-HP choosing
Mistral AI, then a Mistral model launch; Patch Tuesday October and November; iOS 27.2, then its
battery drain; two OVHcloud stories (annual results, Gravelines outage); Orange's emergency-call
outage and a Free Mobile outage; Black Friday deals posts on three days.
`build` fixes the year 2026; times are UTC, October to December 2026.

Measured once on 6981ae9, part-way through stop 27: precision 1.000, recall 0.786 (0.982 / 0.779 on 13a24e1,
the code that landed at stop 26). Then tuned on (1.000 / 0.836 on the code that lands).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- NIS 2 transposed: the loi résilience is finally adopted
    ("loi-resilience-adoptee", "fresh72", [
        ("next.ink", "10-01 16:40",
         "NIS 2 : le Parlement adopte enfin la loi résilience",
         "Après deux ans de navette, les députés ont voté définitivement le texte qui transpose la directive NIS 2 et trois autres textes européens sur la cybersécurité."),
        ("lemagit.fr", "10-01 18:05",
         "Loi résilience : la transposition de NIS 2 définitivement votée",
         "Le vote final de l'Assemblée nationale ouvre la voie à l'application de NIS 2 en France, avec près de 15 000 entités concernées, dont les établissements de santé."),
        ("silicon.fr", "10-02 08:30",
         "Cybersécurité : ce que change la loi résilience pour les entreprises",
         "Entités essentielles ou importantes, obligations de déclaration, sanctions : le point sur le texte adopté jeudi par le Parlement."),
    ]),
    # ---------------------------------------------- Doctolib national outage, Tuesday 6 October
    ("doctolib-panne-6-octobre", "fresh72", [
        ("01net.com", "10-06 08:15",
         "Panne Doctolib : impossible de prendre rendez-vous ce mardi matin",
         "Depuis 7 heures, le site et l'application Doctolib affichent un message d'erreur, empêchant patients et soignants d'accéder aux agendas."),
        ("numerama.com", "10-06 09:40",
         "Doctolib est en panne, les cabinets médicaux ressortent le téléphone",
         "Médecins, kinés et dentistes ne voient plus leurs agendas : la plateforme de prise de rendez-vous est inaccessible dans toute la France depuis le début de matinée."),
        ("bfmtv.com", "10-06 11:55",
         "Panne Doctolib : le service est rétabli",
         "Après près de quatre heures d'interruption, Doctolib fonctionne de nouveau normalement."),
        ("lemagit.fr", "10-06 14:30",
         "Doctolib : une défaillance de base de données a privé les praticiens de leurs agendas",
         "La plateforme a subi une interruption de près de quatre heures mardi matin, imputée à un incident sur son cluster de bases de données hébergé dans la région AWS de Paris."),
        ("next.ink", "10-07 09:00",
         "Quatre heures sans agendas : la licorne de la e-santé publie son post-mortem",
         "Le leader français de la prise de rendez-vous médicaux attribue la coupure de mardi à une migration de base de données mal maîtrisée et promet un site de secours actif."),
    ]),
    # ---------------------------------------------- Doctolib again down, Friday 9 October (another outage)
    ("doctolib-panne-9-octobre", "fresh72", [
        ("frandroid.com", "10-09 15:20",
         "Doctolib de nouveau en panne, trois jours après la précédente",
         "Rebelote : l'application de prise de rendez-vous ne répond plus depuis le milieu d'après-midi pour de nombreux utilisateurs."),
        ("bfmtv.com", "10-09 16:05",
         "Doctolib inaccessible ce vendredi : la plateforme évoque un « incident technique »",
         "Nouvelle coupure pour Doctolib, qui ne précise ni l'origine ni l'étendue du problème."),
    ]),
    # ---------------------------------------------- Withings: ScanWatch 3 (same afternoon as Body Scan 2)
    ("withings-scanwatch-3", "fresh72", [
        ("frandroid.com", "10-07 15:00",
         "Withings ScanWatch 3 : la montre hybride française mesure désormais la tension",
         "La nouvelle montre connectée de Withings estime la pression artérielle au poignet grâce à un capteur optique, une première pour la marque d'Issy-les-Moulineaux."),
        ("lesnumeriques.com", "10-07 15:10",
         "Withings dévoile la ScanWatch 3, avec mesure de la pression artérielle",
         "Vendue 399 euros, la ScanWatch 3 conserve ses aiguilles et son autonomie de 30 jours, et ajoute une estimation de la tension validée cliniquement."),
    ]),
    # ---------------------------------------------- Withings: Body Scan 2 scale, separate article same afternoon
    ("withings-body-scan-2", "fresh72", [
        ("lesnumeriques.com", "10-07 15:25",
         "Withings lance la Body Scan 2, une balance qui estime l'âge de vos artères",
         "La nouvelle balance connectée du français mesure la vitesse de l'onde de pouls et la santé des nerfs des pieds ; elle sera vendue 449 euros."),
        ("01net.com", "10-07 16:00",
         "Body Scan 2 : la nouvelle balance de Withings veut jouer au cardiologue",
         "Électrocardiogramme six dérivations, âge vasculaire et suivi de la graisse viscérale : Withings muscle sa balance haut de gamme."),
    ]),
    # ---------------------------------------------- CNIL fines Harmonie Mutuelle
    ("cnil-amende-harmonie-mutuelle", "fresh72", [
        ("lemondeinformatique.fr", "10-08 11:00",
         "La CNIL sanctionne Harmonie Mutuelle de 1,5 million d'euros",
         "Le gendarme des données personnelles reproche à la mutuelle d'avoir conservé trop longtemps des données de santé d'anciens adhérents et de les avoir mal protégées."),
        ("next.ink", "10-08 14:00",
         "Données de santé conservées trop longtemps : 1,5 million d'euros d'amende pour Harmonie Mutuelle",
         "La formation restreinte de la CNIL a relevé des durées de conservation excessives et des mots de passe stockés en clair chez le premier assureur santé mutualiste."),
        ("zdnet.fr", "10-09 08:20",
         "Harmonie Mutuelle : pourquoi la CNIL a tapé fort",
         "Des dossiers conservés dix ans après la résiliation, des accès trop larges : le détail de la délibération qui vaut à la mutuelle une amende de 1,5 million d'euros."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #41
    ("next-hebdo-41", "fresh72", [
        ("next.ink", "10-10 08:00",
         "Hebdo #41 : loi résilience, Doctolib en panne et Withings",
         "Chaque samedi, notre sélection : l'adoption de la loi résilience, les deux pannes de Doctolib et les nouveautés santé de Withings."),
    ]),
    # ---------------------------------------------- Carte Vitale app opened to all insured people
    ("appli-carte-vitale-generalisee", "fresh72", [
        ("frandroid.com", "10-13 09:00",
         "L'appli carte Vitale est désormais disponible dans toute la France",
         "Après deux ans de déploiement département par département, l'application carte Vitale est ouverte à tous les assurés du régime général sur Android et iOS."),
        ("bfmtv.com", "10-13 11:15",
         "La carte Vitale dématérialisée généralisée à tous les assurés",
         "L'Assurance maladie annonce que chaque assuré peut désormais présenter sa carte Vitale depuis son smartphone chez le médecin ou en pharmacie."),
        ("lesnumeriques.com", "10-13 13:00",
         "Carte Vitale sur smartphone : comment l'activer, maintenant que tout le monde y a droit",
         "Pièce d'identité, vérification faciale, code : notre pas-à-pas pour installer l'appli carte Vitale, généralisée ce mardi."),
        ("01net.com", "10-13 16:30",
         "Votre carte Vitale peut désormais vivre dans votre téléphone",
         "L'Assurance maladie étend à tout le territoire l'application qui remplace la carte verte, sans pour autant la supprimer."),
    ]),
    # ---------------------------------------------- Patch Tuesday, October
    ("patch-tuesday-octobre", "fresh72", [
        ("lemondeinformatique.fr", "10-13 19:00",
         "Patch Tuesday d'octobre : Microsoft corrige 84 failles, dont deux zero-day",
         "Le lot de correctifs mensuel de Microsoft comble 84 vulnérabilités, dont deux déjà exploitées dans Windows SmartScreen et le pilote CLFS."),
        ("zdnet.fr", "10-13 21:10",
         "Microsoft : deux zero-day corrigées ce mois-ci",
         "La mise à jour de sécurité d'octobre de Microsoft colmate 84 vulnérabilités, dont deux activement exploitées."),
    ]),
    # ---------------------------------------------- Doctolib buys the German start-up Vocalis Health
    ("doctolib-rachat-vocalis", "fresh72", [
        ("lesechos.fr", "10-14 06:00",
         "Doctolib s'offre l'allemand Vocalis pour accélérer dans l'IA médicale",
         "La licorne française met la main sur la start-up berlinoise, spécialiste de la dictée de comptes rendus par IA, pour un montant estimé à 150 millions d'euros."),
        ("usine-digitale.fr", "10-14 10:20",
         "Doctolib rachète Vocalis Health, spécialiste de la transcription médicale",
         "Avec cette acquisition, la plateforme de rendez-vous récupère une équipe de 80 personnes et une technologie de reconnaissance vocale déjà utilisée dans 300 cliniques allemandes."),
        ("journaldunet.com", "10-14 15:00",
         "Rachat de Vocalis : ce que Doctolib vient vraiment d'acheter",
         "Modèles vocaux entraînés sur des consultations, clients hospitaliers, brevets : décryptage de la plus grosse acquisition de l'histoire de Doctolib."),
        ("silicon.fr", "10-15 08:30",
         "Doctolib : une acquisition à 150 millions d'euros outre-Rhin, selon Les Echos",
         "Le spécialiste français de la prise de rendez-vous médicaux rachèterait la berlinoise Vocalis Health, spécialisée dans la transcription médicale."),
    ]),
    # ---------------------------------------------- Ransomware at the Bourg-en-Bresse hospital
    ("rancongiciel-ch-bourg-en-bresse", "fresh72", [
        ("lemagit.fr", "10-14 08:50",
         "Le centre hospitalier de Bourg-en-Bresse frappé par un rançongiciel",
         "L'établissement de l'Ain a coupé l'ensemble de son système d'information dans la nuit de mardi à mercredi après la détection d'un chiffrement de ses serveurs."),
        ("zdnet.fr", "10-14 12:30",
         "Cyberattaque : l'hôpital de Fleyriat en mode dégradé",
         "Urgences sur papier, consultations reportées : le site de Fleyriat fonctionne sans informatique depuis l'attaque détectée dans la nuit."),
        ("bfmtv.com", "10-14 17:00",
         "Ain : l'hôpital victime d'une cyberattaque, des patients transférés vers Lyon",
         "Le centre hospitalier de Bourg-en-Bresse a déclenché son plan blanc et transféré plusieurs patients vers les Hospices civils de Lyon."),
        ("lemagit.fr", "10-15 18:00",
         "Bourg-en-Bresse : le groupe Qilin revendique l'attaque contre l'hôpital",
         "Le gang de rançongiciel affirme avoir dérobé 400 Go de données au centre hospitalier de l'Ain et fixe un ultimatum de sept jours."),
    ]),
    # ---------------------------------------------- OVHcloud annual results (fiscal 2026)
    ("ovhcloud-resultats-annuels", "fresh72", [
        ("lesechos.fr", "10-15 07:00",
         "OVHcloud dépasse 1,1 milliard d'euros de chiffre d'affaires",
         "Le groupe roubaisien affiche une croissance de 9 % sur son exercice clos fin août et relève son objectif de marge pour 2027."),
        ("lemagit.fr", "10-15 10:30",
         "Exercice 2026 : OVHcloud accélère grâce au cloud public",
         "Le cloud public progresse de 17 % chez OVHcloud, qui voit ses offres qualifiées SecNumCloud tirer les ventes au secteur public."),
        ("silicon.fr", "10-15 12:00",
         "Le champion français du cloud publie des résultats annuels en hausse de 9 %",
         "Chiffre d'affaires de 1,13 milliard d'euros, marge d'Ebitda ajusté de 40 % : l'hébergeur nordiste tient ses objectifs."),
    ]),
    # ---------------------------------------------- Ransomware at the Limoges university hospital, two days later
    ("rancongiciel-chu-limoges", "fresh72", [
        ("lemagit.fr", "10-16 09:10",
         "Rançongiciel : le CHU de Limoges à son tour touché",
         "Deux jours après Bourg-en-Bresse, c'est le centre hospitalier universitaire de Limoges qui a dû couper son système d'information après une attaque par ransomware."),
        ("numerama.com", "10-16 11:50",
         "Nouvel hôpital visé par une cyberattaque : le CHU de Limoges déprogramme des opérations",
         "Le CHU de Limoges fonctionne en mode dégradé depuis jeudi soir ; les interventions non urgentes sont reportées."),
        ("01net.com", "10-16 15:30",
         "Limoges : les urgences du CHU fonctionnent sur papier après une attaque",
         "Les soignants du CHU de Limoges sont revenus aux dossiers papier ; l'ANSSI et le CERT Santé sont sur place."),
        ("lefigaro.fr", "10-17 07:30",
         "« Un retour au Moyen Âge » : les soignants du CHU de Limoges racontent la cyberattaque",
         "Fax, coursiers et feuilles volantes : au lendemain de l'attaque informatique, le personnel de l'hôpital limougeaud décrit un quotidien bouleversé."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #42
    ("next-hebdo-42", "fresh72", [
        ("next.ink", "10-17 08:00",
         "Hebdo #42 : hôpitaux attaqués, carte Vitale et Patch Tuesday",
         "Chaque samedi, notre sélection : les rançongiciels contre les hôpitaux de Bourg-en-Bresse et Limoges, l'appli carte Vitale pour tous et les 84 failles corrigées par Microsoft."),
    ]),
    # ---------------------------------------------- Assurance maladie: ameli accounts breached via doctors' credentials
    ("ameli-comptes-compromis", "fresh72", [
        ("zdnet.fr", "10-19 09:30",
         "Assurance maladie : 420 000 comptes ameli compromis",
         "Des pirates ont utilisé les identifiants volés de professionnels de santé pour consulter les données de 420 000 assurés, a confirmé la Cnam."),
        ("01net.com", "10-19 11:00",
         "Fuite de données à l'Assurance maladie : ce que vous devez savoir",
         "Noms, numéros de sécurité sociale, médecin traitant : la Caisse nationale d'assurance maladie prévient plus de 400 000 assurés dont les données ont été consultées."),
        ("numerama.com", "10-19 14:20",
         "Les pirates se sont servis de comptes de médecins pour aspirer les données de l'Assurance maladie",
         "En détournant les accès d'une vingtaine de praticiens, des attaquants ont extrait les informations de centaines de milliers d'assurés."),
        ("lemagit.fr", "10-20 08:00",
         "Cnam : l'intrusion passait par le portail des professionnels de santé",
         "L'attaque révélée lundi a exploité l'absence de double authentification sur amelipro ; la Cnam promet de l'imposer d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- Doctolib launches its AI consultation assistant
    ("doctolib-assistant-ia-lancement", "fresh72", [
        ("frandroid.com", "10-20 10:00",
         "Doctolib lance un assistant IA qui rédige les comptes rendus de consultation",
         "L'outil écoute l'échange entre le médecin et son patient, puis propose une synthèse structurée à verser au dossier ; il s'appuie sur la technologie de Vocalis."),
        ("lemondeinformatique.fr", "10-20 11:30",
         "Doctolib dévoile Assistant de consultation pour les médecins",
         "Facturé 99 euros par mois, le nouveau module de Doctolib transcrit et résume les consultations ; les données restent hébergées en France chez un hébergeur certifié HDS."),
        ("clubic.com", "10-20 16:45",
         "On a vu l'assistant IA de Doctolib : il écoute la consultation et écrit à la place du médecin",
         "Démonstration à l'appui, la plateforme de rendez-vous médicaux promet de faire gagner une heure par jour aux généralistes."),
    ]),
    # ---------------------------------------------- Health Data Hub starts moving out of Azure
    ("health-data-hub-migration-debut", "fresh72", [
        ("lemagit.fr", "10-21 09:00",
         "Health Data Hub : la migration hors d'Azure a commencé",
         "La Plateforme des données de santé a transféré un premier lot de bases du SNDS vers l'hébergeur qualifié SecNumCloud retenu au printemps."),
        ("next.ink", "10-21 10:30",
         "Les données de santé des Français commencent à quitter Microsoft",
         "Un premier lot de la base nationale a été copié chez un hébergeur souverain, a annoncé le ministère ; la bascule complète est prévue pour fin 2027."),
        ("zdnet.fr", "10-21 15:00",
         "Plateforme des données de santé : premier transfert vers un cloud souverain",
         "Le HDH a entamé le déménagement de ses données hors d'Azure ; les projets de recherche en cours ne seront pas interrompus."),
    ]),
    # ---------------------------------------------- An ameli phishing wave, unrelated to the breach two days earlier
    ("ameli-faux-sms-remboursement", "fresh72", [
        ("01net.com", "10-21 17:45",
         "Faux SMS ameli : attention à cette arnaque au remboursement",
         "Une campagne d'hameçonnage qui circule depuis l'été promet un remboursement de soins et renvoie vers un faux site ameli ; elle est sans lien avec la fuite de données annoncée lundi."),
    ]),
    # ---------------------------------------------- Carte Vitale app: iPhone users logged out again and again
    ("appli-carte-vitale-bug-iphone", "fresh72", [
        ("frandroid.com", "10-22 15:00",
         "L'appli carte Vitale vous déconnecte sans arrêt ? L'Assurance maladie a identifié le problème",
         "Depuis sa dernière mise à jour, l'application carte Vitale oblige de nombreux utilisateurs d'iPhone à refaire toute la vérification d'identité à chaque ouverture."),
        ("01net.com", "10-22 17:40",
         "Carte Vitale sur iPhone : l'application oublie qui vous êtes",
         "Des milliers d'assurés se retrouvent déconnectés de l'appli carte Vitale et doivent refaire leur selfie de vérification, parfois devant le pharmacien."),
        ("lesnumeriques.com", "10-23 09:10",
         "Carte Vitale : un correctif pour l'appli iPhone arrive",
         "L'Assurance maladie annonce une mise à jour corrective sous 48 heures pour mettre fin aux déconnexions répétées sur iOS."),
    ]),
    # ---------------------------------------------- Cegedim third-quarter revenue
    ("cegedim-ca-t3", "fresh72", [
        ("lesechos.fr", "10-22 18:10",
         "Cegedim : le logiciel santé porte le chiffre d'affaires du troisième trimestre",
         "L'éditeur de logiciels pour médecins et pharmaciens affiche une croissance de 6 % sur le trimestre, portée par ses offres cloud pour les cabinets."),
    ]),
    # ---------------------------------------------- Mon espace santé opens messaging with doctors
    ("mon-espace-sante-messagerie", "fresh72", [
        ("frandroid.com", "10-26 10:00",
         "Mon espace santé : vous pouvez désormais écrire à votre médecin",
         "Le carnet de santé numérique de l'Assurance maladie permet enfin aux patients d'envoyer des messages sécurisés à leurs soignants, et plus seulement d'en recevoir."),
        ("numerama.com", "10-26 14:00",
         "La messagerie de Mon espace santé s'ouvre aux échanges avec les soignants",
         "Les patients peuvent répondre aux messages de leurs médecins et leur joindre des documents ; les praticiens restent libres d'activer la fonction."),
    ]),
    # ---------------------------------------------- Doctolib's AI assistant files notes in the wrong patient's record
    ("doctolib-assistant-ia-bug-dossiers", "fresh72", [
        ("numerama.com", "10-27 12:10",
         "L'assistant IA de Doctolib range des comptes rendus dans le dossier du mauvais patient",
         "Plusieurs généralistes signalent que l'outil lancé la semaine dernière enregistre parfois la synthèse d'une consultation dans le dossier du patient suivant."),
        ("01net.com", "10-27 16:30",
         "Doctolib suspend l'enregistrement automatique de son assistant après des erreurs de dossiers",
         "La plateforme reconnaît un défaut qui mélange les patients quand deux consultations s'enchaînent rapidement, et désactive la fonction le temps de la corriger."),
        ("next.ink", "10-28 08:40",
         "Assistant de consultation : Doctolib coupe l'enregistrement automatique",
         "Après les signalements de médecins, Doctolib a désactivé mardi soir le versement automatique des synthèses dans les dossiers patients."),
        ("bfmtv.com", "10-29 07:50",
         "« Nous sommes allés trop vite » : le patron de Doctolib s'explique sur les ratés de son IA",
         "Stanislas Niox-Chateau reconnaît des tests insuffisants avant le lancement et promet une validation systématique par le médecin avant tout versement au dossier."),
    ]),
    # ---------------------------------------------- Mistral AI releases a reasoning model
    ("mistral-magistral-2", "fresh72", [
        ("usine-digitale.fr", "10-28 09:00",
         "Mistral AI dévoile Magistral 2, son nouveau modèle de raisonnement",
         "La start-up parisienne publie une version open weights et une version Medium réservée à son API, qui rivalise avec les meilleurs modèles américains en mathématiques."),
        ("numerama.com", "10-28 13:40",
         "Magistral 2 : Mistral muscle le raisonnement de son IA",
         "Le nouveau modèle de Mistral AI réfléchit plus longtemps avant de répondre, et sait désormais justifier ses étapes en français."),
    ]),
    # ---------------------------------------------- Owkin obtains a CE mark
    ("owkin-marquage-ce", "fresh72", [
        ("usine-digitale.fr", "10-29 10:15",
         "Owkin obtient le marquage CE pour son outil de diagnostic du cancer colorectal",
         "La biotech franco-américaine pourra commercialiser en Europe son logiciel d'IA qui détecte sur des lames de biopsie une anomalie génétique guidant le traitement."),
    ]),
    # ---------------------------------------------- HAS guidance on generative AI in consultations
    ("has-recommandations-ia-generative", "fresh72", [
        ("usine-digitale.fr", "10-30 11:00",
         "La HAS publie ses premières recommandations sur l'IA générative en consultation",
         "La Haute Autorité de santé demande aux médecins de relire chaque synthèse produite par un assistant d'IA et d'informer le patient de son usage."),
    ]),
    # ---------------------------------------------- A Withings review, weeks after the launch
    ("test-withings-scanwatch-3", "fresh72", [
        ("lesnumeriques.com", "11-02 09:00",
         "Test Withings ScanWatch 3 : la tension au poignet, vraiment ?",
         "Nous avons porté la nouvelle montre de Withings pendant trois semaines et comparé ses mesures à un tensiomètre de bras : verdict."),
    ]),
    # ---------------------------------------------- Doctolib plans about 150 job cuts
    ("doctolib-pse", "fresh72", [
        ("linforme.com", "11-03 06:30",
         "Doctolib prépare la suppression d'environ 150 postes",
         "Selon nos informations, la licorne de la prise de rendez-vous médicaux va présenter un plan de sauvegarde de l'emploi visant près de 150 postes en France, surtout dans les équipes commerciales."),
        ("lesechos.fr", "11-03 09:00",
         "Doctolib va supprimer près de 150 emplois en France",
         "La plateforme de e-santé réduit ses effectifs commerciaux, jugés surdimensionnés depuis que la croissance du nombre de praticiens abonnés ralentit."),
        ("bfmtv.com", "11-03 12:40",
         "Layoffs chez Doctolib : la licorne taille dans ses équipes commerciales",
         "Après des années d'hypercroissance, le spécialiste français des rendez-vous médicaux lance son premier plan social, selon L'Informé."),
        ("lemagit.fr", "11-03 16:10",
         "Doctolib confirme un PSE de 148 postes",
         "La direction a présenté mardi aux représentants du personnel un plan de sauvegarde de l'emploi portant sur 148 postes, sur environ 2 800 salariés en France."),
        ("journaldunet.com", "11-04 07:45",
         "Doctolib : pourquoi la licorne coupe dans ses effectifs",
         "Marché des médecins saturé, pari sur l'IA, pression des investisseurs : les raisons du plan social annoncé mardi."),
    ]),
    # ---------------------------------------------- Nabla raises 70 million dollars (same morning as Lifen)
    ("nabla-levee-serie-c", "fresh72", [
        ("lesechos.fr", "11-05 06:00",
         "Nabla lève 70 millions de dollars pour son assistant IA des médecins",
         "La start-up parisienne, dont l'outil rédige les notes de consultation, boucle une série C menée par un fonds américain et vise les hôpitaux des États-Unis."),
        ("usine-digitale.fr", "11-05 09:30",
         "La start-up Nabla boucle une série C de 70 millions de dollars",
         "Déjà utilisé par 85 000 soignants, l'assistant de Nabla va s'étendre aux infirmiers et aux services d'urgences."),
        ("journaldunet.com", "11-05 12:00",
         "Le « scribe » IA des soignants change de dimension",
         "Avec 70 millions de dollars supplémentaires, Nabla veut devenir la référence mondiale de la documentation clinique automatisée."),
    ]),
    # ---------------------------------------------- Lifen raises 45 million euros, same morning
    ("lifen-levee", "fresh72", [
        ("lesechos.fr", "11-05 06:30",
         "Lifen lève 45 millions d'euros pour connecter les hôpitaux",
         "La start-up française, qui automatise l'envoi des documents médicaux entre hôpitaux et médecins de ville, finance son expansion en Allemagne."),
        ("usine-digitale.fr", "11-05 11:00",
         "E-santé : Lifen décroche 45 millions d'euros",
         "Présente dans 900 établissements, la plateforme d'échange de données de santé prépare de nouveaux outils d'IA pour trier les courriers entrants."),
    ]),
    # ---------------------------------------------- monthly teleconsultation barometer, October figures
    ("barometre-teleconsultation-octobre", "fresh72", [
        ("journaldunet.com", "11-06 08:00",
         "Baromètre de la téléconsultation : les chiffres d'octobre",
         "Nombre d'actes, part des généralistes, plateformes les plus utilisées : notre suivi mensuel de la téléconsultation en France."),
    ]),
    # ---------------------------------------------- weekly health-tech roundup, week 45
    ("healthtech-semaine-45", "fresh72", [
        ("usine-digitale.fr", "11-06 17:00",
         "Healthtech : les levées de fonds de la semaine",
         "Nabla, Lifen et trois autres jeunes pousses de la santé ont levé des fonds cette semaine : notre récapitulatif."),
    ]),
    # ---------------------------------------------- MGEN data leak
    ("fuite-mgen", "fresh72", [
        ("linforme.com", "11-09 07:00",
         "MGEN : un pirate met en vente les fichiers de la mutuelle des enseignants",
         "Selon nos informations, une base contenant les données de 1,2 million d'adhérents de la MGEN est proposée sur un forum cybercriminel."),
        ("zdnet.fr", "11-09 10:00",
         "La MGEN confirme une fuite de données touchant 1,2 million d'adhérents",
         "La mutuelle reconnaît un accès frauduleux à son outil de gestion des contrats ; noms, numéros de sécurité sociale et organismes de rattachement ont été dérobés."),
        ("numerama.com", "11-09 13:30",
         "Fuite de données à la MGEN : les numéros de sécurité sociale d'enseignants exposés",
         "Plus d'un million d'adhérents de la mutuelle de l'Éducation nationale vont recevoir un courriel d'information ; les données bancaires ne seraient pas concernées."),
    ]),
    # ---------------------------------------------- A new director for the Health Data Hub
    ("health-data-hub-nouveau-directeur", "fresh72", [
        ("lemondeinformatique.fr", "11-09 15:20",
         "Un nouveau directeur à la tête du Health Data Hub",
         "Le ministère de la Santé nomme un ancien de la Drees pour piloter la Plateforme des données de santé, en pleine migration vers un cloud souverain."),
    ]),
    # ---------------------------------------------- Fake sick notes sold online
    ("faux-arrets-de-travail-telegram", "fresh72", [
        ("numerama.com", "11-10 11:00",
         "Des faux arrêts de travail vendus sur Telegram, l'Assurance maladie porte plainte",
         "Pour une trentaine d'euros, des vendeurs proposent des avis d'arrêt de travail remplis au nom de vrais médecins ; la Cnam a saisi la justice."),
        ("01net.com", "11-10 15:00",
         "Arrêts maladie frauduleux : la Cnam s'attaque aux vendeurs en ligne",
         "L'Assurance maladie a identifié plusieurs canaux Telegram et sites vendant de faux arrêts maladie, et rappelle que les acheteurs risquent aussi des poursuites."),
    ]),
    # ---------------------------------------------- Patch Tuesday, November
    ("patch-tuesday-novembre", "fresh72", [
        ("lemondeinformatique.fr", "11-10 19:00",
         "Patch Tuesday de novembre : 63 vulnérabilités comblées par Microsoft",
         "Microsoft corrige 63 failles ce mois-ci, dont une zero-day déjà exploitée dans le noyau Windows permettant une élévation de privilèges."),
        ("zdnet.fr", "11-10 20:30",
         "Microsoft : une zero-day corrigée ce mois-ci",
         "La mise à jour de sécurité de novembre de Microsoft colmate 63 vulnérabilités, dont une activement exploitée."),
        ("silicon.fr", "11-11 08:00",
         "Patch Tuesday : une zero-day dans le noyau Windows au menu de novembre",
         "Microsoft a publié mardi ses correctifs mensuels : 63 failles corrigées, dont une exploitée dans la nature."),
    ]),
    # ---------------------------------------------- Malakoff Humanis data leak, same week as MGEN
    ("fuite-malakoff-humanis", "fresh72", [
        ("zdnet.fr", "11-11 16:00",
         "Malakoff Humanis signale une fuite de données chez un prestataire",
         "Le groupe de protection sociale indique que les données de 310 000 assurés en complémentaire santé ont été exposées via un prestataire de gestion des remboursements."),
        ("01net.com", "11-12 09:00",
         "Après la MGEN, Malakoff Humanis : nouvelle fuite de données dans les mutuelles",
         "Cette fois, 310 000 assurés sont concernés, à la suite de l'intrusion chez un sous-traitant chargé du tiers payant."),
    ]),
    # ---------------------------------------------- Doctolib employees strike against the job cuts
    ("doctolib-greve", "fresh72", [
        ("next.ink", "11-12 11:00",
         "Grève chez Doctolib contre le plan social",
         "Plusieurs centaines de salariés de Doctolib ont cessé le travail jeudi à l'appel de l'intersyndicale pour contester les 148 suppressions de postes."),
        ("lemondeinformatique.fr", "11-12 17:10",
         "Les salariés de Doctolib débraient contre le PSE",
         "Une première dans la licorne de la e-santé : un arrêt de travail a réuni des salariés à Paris, Nantes et Berlin pour réclamer de meilleures indemnités."),
    ]),
    # ---------------------------------------------- weekly health-tech roundup, week 46
    ("healthtech-semaine-46", "fresh72", [
        ("usine-digitale.fr", "11-13 17:00",
         "Healthtech : les levées de fonds de la semaine",
         "Dispositifs médicaux, santé mentale et IA clinique : les jeunes pousses de la santé qui ont levé des fonds cette semaine."),
    ]),
    # ---------------------------------------------- Next weekly newsletter #46
    ("next-hebdo-46", "fresh72", [
        ("next.ink", "11-14 08:00",
         "Hebdo #46 : mutuelles piratées, grève chez Doctolib et Patch Tuesday",
         "Chaque samedi, notre sélection : les fuites de la MGEN et de Malakoff Humanis, le débrayage chez Doctolib et les correctifs de novembre."),
    ]),
    # ---------------------------------------------- Brest university hospital picks a new patient-record software
    ("chu-brest-nouveau-dpi", "fresh72", [
        ("lemondeinformatique.fr", "11-16 10:30",
         "Le CHU de Brest choisit un nouveau dossier patient informatisé",
         "Le groupement hospitalier de Bretagne occidentale remplacera son logiciel maison d'ici 2029, dans un marché de 40 millions d'euros."),
    ]),
    # ---------------------------------------------- Dedalus cloud patient-record outage
    ("dedalus-panne-dpi", "fresh72", [
        ("lemagit.fr", "11-17 10:00",
         "Panne du logiciel Dedalus : une trentaine d'hôpitaux privés de dossier patient",
         "Depuis lundi soir, les établissements clients de l'offre hébergée de Dedalus n'accèdent plus à leurs dossiers patients informatisés."),
        ("silicon.fr", "11-17 15:00",
         "Dedalus : la panne de son DPI en mode SaaS touche une trentaine d'établissements",
         "L'éditeur de logiciels hospitaliers évoque un incident de stockage dans son centre de données et prévoit un retour à la normale dans la soirée."),
        ("lemondeinformatique.fr", "11-18 09:00",
         "L'éditeur Dedalus s'explique après la coupure de son dossier patient hébergé",
         "Une baie de stockage défaillante et une bascule de secours qui n'a pas fonctionné : Dedalus détaille les causes de l'interruption de plus de 20 heures."),
    ]),
    # ---------------------------------------------- Assurance maladie: a second leak, via a mail printer, a month later
    ("assurance-maladie-fuite-prestataire", "fresh72", [
        ("zdnet.fr", "11-18 10:10",
         "Nouvelle fuite de données pour l'Assurance maladie",
         "Un mois après l'affaire des comptes ameli, la Cnam signale un accès frauduleux chez un prestataire d'impression de courriers, qui touche 90 000 assurés."),
        ("01net.com", "11-18 13:00",
         "Assurance maladie : 90 000 assurés concernés par une fuite chez un sous-traitant",
         "Noms, adresses et numéros de sécurité sociale figurant sur des courriers d'attestations ont été dérobés chez un imprimeur travaillant pour la Cnam."),
    ]),
    # ---------------------------------------------- AP-HP picks Mistral AI for discharge letters
    ("aphp-mistral-comptes-rendus", "fresh72", [
        ("usine-digitale.fr", "11-19 10:00",
         "L'AP-HP choisit Mistral AI pour rédiger ses comptes rendus d'hospitalisation",
         "Les hôpitaux de Paris vont déployer dans leurs propres datacenters un modèle de Mistral AI adapté au vocabulaire médical, après un appel d'offres."),
        ("lemondeinformatique.fr", "11-19 12:30",
         "Les hôpitaux de Paris déploient un LLM de Mistral AI sur site",
         "L'Assistance publique-Hôpitaux de Paris installe un modèle de langage hébergé en interne pour préparer les lettres de liaison, sous le contrôle des médecins."),
        ("lefigaro.fr", "11-19 18:00",
         "À l'AP-HP, une intelligence artificielle française va aider les médecins à écrire",
         "Le plus grand groupe hospitalier d'Europe confie à la start-up Mistral la rédaction des premières versions des comptes rendus de séjour."),
    ]),
    # ---------------------------------------------- weekly health-tech roundup, week 47
    ("healthtech-semaine-47", "fresh72", [
        ("usine-digitale.fr", "11-20 17:00",
         "Healthtech : les levées de fonds de la semaine",
         "Télésurveillance, imagerie et pharmacie en ligne : les jeunes pousses de la santé qui ont bouclé un tour de table cette semaine."),
    ]),
    # ---------------------------------------------- OVHcloud power outage at Gravelines
    ("ovhcloud-panne-gravelines", "fresh72", [
        ("lemagit.fr", "11-23 09:00",
         "OVHcloud : panne de plusieurs heures à Gravelines",
         "Une coupure d'alimentation sur le campus de Gravelines a rendu indisponibles des milliers de serveurs dédiés et d'instances de cloud public dans la nuit de dimanche à lundi."),
        ("next.ink", "11-23 11:30",
         "Gravelines : une coupure électrique prive des clients d'OVHcloud de leurs serveurs",
         "L'hébergeur évoque la défaillance d'un onduleur ; certains clients ont attendu plus de six heures le retour de leurs machines."),
    ]),
    # ---------------------------------------------- Harmonie Mutuelle appeals its CNIL fine, seven weeks later
    ("harmonie-mutuelle-recours-cnil", "fresh72", [
        ("next.ink", "11-24 10:30",
         "Harmonie Mutuelle conteste son amende CNIL devant le Conseil d'État",
         "La mutuelle a déposé un recours contre la sanction de 1,5 million d'euros prononcée en octobre, qu'elle juge disproportionnée."),
        ("lemondeinformatique.fr", "11-24 15:00",
         "Amende de 1,5 million : Harmonie Mutuelle fait appel",
         "Le premier assureur santé mutualiste demande l'annulation de la délibération de la CNIL sur la conservation des données de ses anciens adhérents."),
    ]),
    # ---------------------------------------------- Orange: emergency numbers unreachable
    ("orange-panne-numeros-urgence", "fresh72", [
        ("lefigaro.fr", "11-25 08:00",
         "Le 15 et le 112 injoignables pendant plusieurs heures",
         "Dans la nuit de mardi à mercredi, des milliers d'appels vers le Samu, les pompiers et la police n'ont pas abouti dans une dizaine de départements."),
        ("01net.com", "11-25 10:30",
         "Panne des numéros d'urgence : Orange présente ses excuses",
         "L'opérateur reconnaît un dysfonctionnement de son réseau qui a empêché l'acheminement des appels vers les numéros d'urgence pendant près de quatre heures."),
        ("lemondeinformatique.fr", "11-25 16:00",
         "L'opérateur historique explique la coupure des appels d'urgence",
         "Une erreur de configuration lors d'une opération de maintenance sur des équipements de cœur de réseau serait à l'origine de l'incident de la nuit."),
        ("next.ink", "11-26 09:30",
         "Appels d'urgence : le gouvernement convoque Orange après la panne",
         "La ministre chargée du Numérique reçoit jeudi la direction d'Orange, au lendemain de la coupure qui a privé plusieurs départements du 15 et du 112."),
    ]),
    # ---------------------------------------------- Government roadmap for AI in health
    ("plan-ia-sante", "fresh72", [
        ("usine-digitale.fr", "11-26 10:00",
         "Le gouvernement dévoile sa feuille de route pour l'IA en santé",
         "Le ministère de la Santé présente un plan de 300 millions d'euros sur cinq ans pour déployer l'intelligence artificielle dans les hôpitaux et les cabinets."),
        ("lemondeinformatique.fr", "11-26 14:30",
         "Numérique en santé : 300 millions d'euros pour l'IA dans les hôpitaux",
         "Entrepôts de données, assistants de rédaction, aide au diagnostic : les priorités du plan IA santé dévoilé jeudi par le gouvernement."),
        ("lefigaro.fr", "11-27 06:30",
         "IA à l'hôpital : le plan du ministère de la Santé expliqué",
         "Qui paiera, quels outils, quelles garanties pour les patients : ce que contient la feuille de route présentée par le gouvernement."),
    ]),
    # ---------------------------------------------- Black Friday deals post, Thursday
    ("bons-plans-black-friday-jeudi", "fresh72", [
        ("frandroid.com", "11-26 07:00",
         "Black Friday : les meilleures offres tech de ce jeudi",
         "Smartphones, montres connectées, aspirateurs robots : notre sélection des promotions à saisir aujourd'hui."),
    ]),
    # ---------------------------------------------- Black Friday deals post, Friday
    ("bons-plans-black-friday-vendredi", "fresh72", [
        ("frandroid.com", "11-27 07:00",
         "Black Friday : les meilleures offres tech de ce vendredi",
         "Le jour J est arrivé : smartphones, ordinateurs portables et montres connectées au meilleur prix, sélectionnés par la rédaction."),
    ]),
    # ---------------------------------------------- Black Friday deals post, another outlet, Saturday
    ("bons-plans-black-friday-clubic", "fresh72", [
        ("clubic.com", "11-28 08:00",
         "Black Friday 2026 : les bons plans encore disponibles ce week-end",
         "Montres Withings, SSD, box Internet : les promotions du Black Friday qui tiennent encore ce samedi."),
    ]),
    # ---------------------------------------------- SESAM-Vitale invoicing outage: doctors cannot bill
    ("sesam-vitale-panne-teletransmission", "fresh72", [
        ("01net.com", "11-30 11:00",
         "Panne des cartes Vitale : les médecins ne peuvent plus facturer",
         "Depuis lundi matin, les lecteurs de cartes Vitale des cabinets et des pharmacies refusent les feuilles de soins électroniques dans toute la France."),
        ("lemagit.fr", "11-30 16:00",
         "SESAM-Vitale : un certificat expiré à l'origine de la panne de télétransmission",
         "Le GIE qui gère la facturation électronique de l'Assurance maladie explique la panne par l'expiration d'un certificat sur ses serveurs de concentration."),
        ("bfmtv.com", "12-01 08:20",
         "Feuilles de soins électroniques : la télétransmission rétablie",
         "Les professionnels de santé peuvent de nouveau transmettre leurs feuilles de soins, après une journée de panne ; les patients devront parfois avancer les frais."),
    ]),
    # ---------------------------------------------- Decree ending paper sick notes
    ("decret-arret-de-travail-dematerialise", "fresh72", [
        ("next.ink", "12-01 10:00",
         "Arrêts de travail : le papier disparaît au 1er janvier, le décret est paru",
         "Un décret publié au Journal officiel rend obligatoire la prescription dématérialisée des arrêts de travail par les médecins à partir de 2027."),
        ("bfmtv.com", "12-01 12:00",
         "Fin des arrêts maladie sur papier : ce qui change pour les patients",
         "Le médecin transmettra directement l'arrêt à l'Assurance maladie et à l'employeur : notre explication de la réforme publiée ce mardi."),
    ]),
    # ---------------------------------------------- Pigment raises 200 million dollars (same morning as Dust)
    ("pigment-levee", "fresh72", [
        ("lesechos.fr", "12-01 06:00",
         "Pigment lève 200 millions de dollars",
         "L'éditeur français de logiciels de planification financière double sa valorisation, à 2,5 milliards de dollars, et accélère aux États-Unis."),
        ("journaldunet.com", "12-01 10:00",
         "Planification financière : Pigment boucle un tour de 200 millions de dollars",
         "La scale-up parisienne veut intégrer des agents d'IA à ses outils de prévision budgétaire."),
    ]),
    # ---------------------------------------------- Dust raises 60 million dollars, same morning
    ("dust-levee", "fresh72", [
        ("lesechos.fr", "12-01 06:10",
         "Dust, la start-up des agents IA, lève 60 millions de dollars",
         "La jeune pousse parisienne, qui permet aux entreprises de créer leurs propres assistants, boucle une série B."),
        ("usine-digitale.fr", "12-01 09:00",
         "Agents IA : Dust décroche 60 millions de dollars",
         "Fondée par deux anciens de Stripe, la start-up française compte plus de 1 000 entreprises clientes."),
    ]),
    # ---------------------------------------------- ameli.fr outage, two days after the SESAM-Vitale one
    ("ameli-site-panne", "fresh72", [
        ("bfmtv.com", "12-02 10:20",
         "Ameli en panne : impossible d'accéder à son compte ce mercredi",
         "Le site et l'application de l'Assurance maladie affichent une page de maintenance depuis le début de matinée."),
        ("frandroid.com", "12-02 11:05",
         "L'appli ameli ne fonctionne plus ? Vous n'êtes pas seul",
         "Remboursements, attestations, messagerie : le compte ameli est inaccessible pour de nombreux assurés ce mercredi."),
        ("clubic.com", "12-02 15:00",
         "Le compte ameli inaccessible pendant plusieurs heures",
         "L'Assurance maladie invoque une surcharge de ses serveurs d'authentification, liée à l'envoi massif des attestations de fin d'année."),
    ]),
    # ---------------------------------------------- AP-HP IT outage
    ("aphp-panne-informatique", "fresh72", [
        ("bfmtv.com", "12-03 09:00",
         "AP-HP : une panne informatique perturbe les hôpitaux parisiens",
         "Depuis la nuit, les soignants des 38 hôpitaux de l'AP-HP n'ont plus accès au dossier patient ni aux résultats d'examens."),
        ("lemagit.fr", "12-03 14:00",
         "AP-HP : ce que l'on sait de la panne du système d'information",
         "L'Assistance publique écarte une cyberattaque et évoque un incident réseau dans l'un de ses centres de données ; le logiciel Orbis n'est pas en cause."),
        ("lefigaro.fr", "12-03 17:30",
         "Hôpitaux de Paris : retour au papier après une panne géante",
         "Ordonnances manuscrites et coursiers : les services de l'Assistance publique ont fonctionné toute la journée en mode dégradé."),
        ("next.ink", "12-04 09:00",
         "AP-HP : retour à la normale",
         "Le système d'information des hôpitaux de Paris est de nouveau opérationnel ; une mise à jour d'un équipement réseau est en cause."),
    ]),
    # ---------------------------------------------- Alan reaches profitability
    ("alan-rentabilite", "fresh72", [
        ("lesechos.fr", "12-03 06:00",
         "Alan devient rentable pour la première fois",
         "Le néo-assureur santé affiche un premier trimestre bénéficiaire, dix ans après sa création, porté par ses contrats d'entreprise."),
        ("bfmtv.com", "12-03 12:15",
         "La licorne de l'assurance santé Alan enfin dans le vert",
         "Avec plus de 800 000 membres, l'assureur fondé par Jean-Charles Samuelian-Werve dégage un résultat positif."),
    ]),
    # ---------------------------------------------- monthly teleconsultation barometer, November figures
    ("barometre-teleconsultation-novembre", "fresh72", [
        ("journaldunet.com", "12-04 08:00",
         "Baromètre de la téléconsultation : les chiffres de novembre",
         "Nombre d'actes, part des généralistes, plateformes les plus utilisées : notre suivi mensuel de la téléconsultation en France."),
    ]),
    # ---------------------------------------------- Capgemini buys an agentic-AI specialist
    ("capgemini-rachat-arcadia", "fresh72", [
        ("lesechos.fr", "12-07 06:30",
         "Capgemini s'offre l'américain Arcadia Data Labs",
         "L'ESN française rachète pour 900 millions de dollars un spécialiste de l'IA agentique pour les banques et les assureurs."),
        ("lemondeinformatique.fr", "12-07 11:00",
         "Capgemini acquiert Arcadia Data Labs pour renforcer son offre d'IA",
         "Les 2 500 consultants d'Arcadia rejoindront la branche Invent du groupe français dans les prochains mois."),
    ]),
    # ---------------------------------------------- Cour des comptes report on the Health Data Hub
    ("health-data-hub-cour-des-comptes", "fresh72", [
        ("lesechos.fr", "12-08 07:00",
         "Données de santé : le rapport sévère des Sages de la rue Cambon",
         "La juridiction financière pointe le coût et la lenteur de la plateforme créée en 2019 pour ouvrir les données de l'Assurance maladie aux chercheurs."),
        ("lemondeinformatique.fr", "12-08 10:00",
         "La Cour des comptes épingle le Health Data Hub",
         "Dans un rapport publié mardi, les magistrats jugent que la Plateforme des données de santé a coûté 230 millions d'euros pour un usage encore limité, alors que sa migration hors d'Azure n'est pas achevée."),
        ("next.ink", "12-08 13:20",
         "Health Data Hub : 230 millions d'euros et peu d'utilisateurs, selon la Cour des comptes",
         "Projets de recherche rares, délais d'accès de plus d'un an : le bilan de la plateforme est mitigé, estime la Cour."),
    ]),
    # ---------------------------------------------- iOS 27.2 released
    ("ios-27-2-sortie", "fresh72", [
        ("clubic.com", "12-08 19:30",
         "iOS 27.2 est disponible : voici les nouveautés",
         "Apple déploie la deuxième grosse mise à jour d'iOS 27, avec de nouvelles fonctions pour Siri, Plans et l'application Santé."),
        ("01net.com", "12-08 20:10",
         "Apple déploie iOS 27.2 : qu'est-ce qui change sur votre iPhone ?",
         "Mode sommeil repensé, widgets interactifs et correctifs de sécurité : le tour des nouveautés de la mise à jour disponible ce mardi soir."),
    ]),
    # ---------------------------------------------- Qare bought
    ("qare-rachat", "fresh72", [
        ("lesechos.fr", "12-10 06:00",
         "Téléconsultation : Qare passe sous le contrôle d'un groupe de cliniques",
         "La plateforme française de consultation vidéo est rachetée par un groupe de cliniques privées, qui veut l'intégrer à son parcours de soins."),
    ]),
    # ---------------------------------------------- Arcep quarterly fibre observatory
    ("arcep-observatoire-fibre-t3", "fresh72", [
        ("next.ink", "12-10 09:15",
         "Fibre : 92 % des locaux raccordables, selon l'Arcep",
         "Le régulateur des télécoms publie son observatoire du troisième trimestre : le rythme des raccordements ralentit, le cuivre continue de fermer."),
    ]),
    # ---------------------------------------------- iOS 27.2 drains iPhone batteries
    ("ios-27-2-batterie", "fresh72", [
        ("numerama.com", "12-11 10:00",
         "Votre iPhone se vide à vue d'œil depuis la mise à jour ? Vous n'êtes pas seul",
         "De nombreux utilisateurs constatent que leur batterie fond en quelques heures depuis l'installation de la dernière version d'iOS, publiée mardi."),
        ("clubic.com", "12-11 14:00",
         "iOS 27.2 : Apple enquête sur une consommation excessive de batterie",
         "Le fabricant de l'iPhone reconnaît un problème d'autonomie sur certains modèles et prépare un correctif."),
    ]),
    # ---------------------------------------------- Pharmacy software outage (Pharmagest's LGPI)
    ("pharmacies-panne-logiciel", "fresh72", [
        ("lemagit.fr", "12-11 11:00",
         "Panne chez Pharmagest : des milliers de pharmacies au ralenti",
         "Le logiciel de gestion d'officine de Pharmagest, hébergé dans le cloud de l'éditeur, est inaccessible depuis vendredi matin."),
        ("bfmtv.com", "12-11 13:00",
         "Des pharmacies incapables de délivrer des médicaments à cause d'une panne informatique",
         "Le logiciel utilisé par près de la moitié des officines françaises est tombé en panne vendredi matin ; les pharmaciens notent les ordonnances à la main."),
        ("01net.com", "12-11 16:20",
         "Pharmacies : la panne du logiciel LGPI résolue",
         "Après plus de cinq heures de coupure, les officines retrouvent l'accès à leurs dossiers patients et à la facturation."),
    ]),
    # ---------------------------------------------- Owkin cuts a third of its staff
    ("owkin-licenciements", "fresh72", [
        ("linforme.com", "12-15 06:30",
         "Owkin : la pépite de l'IA médicale se sépare d'un tiers de ses salariés",
         "Selon nos informations, la biotech franco-américaine supprime environ 80 postes, principalement dans ses équipes de recherche parisiennes."),
        ("usine-digitale.fr", "12-15 11:00",
         "Owkin supprime environ 80 postes",
         "Malgré le marquage CE obtenu en octobre, la start-up recentre ses activités sur le diagnostic et réduit ses programmes de découverte de médicaments."),
        ("lesechos.fr", "12-15 14:00",
         "Coup de froid chez Owkin, qui réduit ses effectifs d'un tiers",
         "La licorne de l'IA appliquée à la santé confirme un plan de départs et cherche de nouveaux financements."),
    ]),
    # ---------------------------------------------- Doctolib launches for physiotherapists in Italy (minor)
    ("doctolib-italie-kines", "fresh72", [
        ("journaldunet.com", "12-16 09:30",
         "Doctolib ouvre ses agendas aux kinésithérapeutes italiens",
         "La plateforme française étend son offre en Italie, où elle ne proposait jusqu'ici que les médecins et les dentistes."),
    ]),
    # ---------------------------------------------- ANSSI: health is the most targeted sector
    ("anssi-bilan-sante", "fresh72", [
        ("lemagit.fr", "12-17 10:00",
         "L'ANSSI publie son état de la menace contre les établissements de santé",
         "Rançongiciels, fuites via des prestataires et comptes de soignants détournés : l'agence recense 60 incidents graves dans les hôpitaux en 2026."),
    ]),
    # ---------------------------------------------- Free Mobile outage
    ("free-mobile-panne", "fresh72", [
        ("frandroid.com", "12-19 09:40",
         "Panne Free Mobile : des abonnés privés d'appels et de données ce samedi",
         "De nombreux clients de Free Mobile ne captent plus le réseau depuis le début de matinée, notamment dans le Sud-Est."),
        ("numerama.com", "12-19 12:10",
         "Free Mobile confirme une panne de son réseau",
         "L'opérateur de Xavier Niel évoque un incident sur un équipement de cœur de réseau et promet un rétablissement dans la journée."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
