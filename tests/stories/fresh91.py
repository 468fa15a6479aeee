"""The 91st fresh labelled set (public-sector and health IT in France: hospitals, France Travail, CAF,
Assurance maladie, ANTS, FranceConnect, Pronote, DINUM, cloud doctrine, Doctolib, digital identity), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the
"same story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh91".
Positives: a quote as title ("« Nous sommes revenus au crayon »") and a ransomware claim two days after the
hospital attack (CHU de Besançon); a scoop, its syndication ("selon L'Informé") and next-day advice for the
France Travail leak; explainers the next day ("ce qui change pour vous chez le médecin", "ce qui change pour
les ministères"); a post-mortem the next day (CAF double APL payment, Doctolib outage); periphrases in some
titles ("le « bouton bleu »", "le cloud « de confiance » d'Orange et Capgemini", "l'administration mise sur son
assistant maison", "votre carte Vitale tient maintenant dans votre téléphone"); a "selon Les Echos" follow-up
(Health Data Hub contract); numbers written differently ("180 000" / "180.000", "520 000" / "plus d'un
demi-million", "120 postes" / "une centaine de postes").
Hard negatives: two Pronote outages a week apart, and an ENT outage in Hauts-de-France the same morning as the
first; Pronote outages then a Pronote credentials leak; two FranceConnect outages five days apart, then a
FranceConnect milestone; four attacks on four hospitals or clinics (Besançon, Saintes, Lons-le-Saunier, a Qilin
claim on a Bayonne clinic), a non-cyber IT outage at the Hospices civils de Lyon, a Samu software outage and the
sentencing for the 2022 Corbeil-Essonnes attack; two attacks on two local authorities (Brest, the Vienne
département) three days apart; France Travail's January leak, the CNIL fine for the 2024 leak the same
fortnight, the appeal of that fine four weeks later, arrests for the January leak, its AI assistant rollout, a
strike three days later and an outage during "actualisation"; Assurance maladie and Urssaf leaks a day apart;
the carte Vitale app rollout then a bug in it ten days later; France Identité's carte grise update then a flaw
two weeks later, and the EUDI wallet pilot; Cegedim results then Cegedim Santé layoffs a week later; Doctolib's
appeal, outage, AI assistant launch and layoffs two weeks after it; Bleu then NumSpot SecNumCloud
qualifications four days apart; the cloud doctrine circular, the Health Data Hub contract and a Senate report
on Microsoft dependency; DINUM's Visio mandate, Albert rollout, Tchap opening and new director; France
Travail's ChatFT and DINUM's Albert three days apart; ANSSI's health-sector report then its annual panorama;
a Cour des comptes report on state IT projects (citing Source Solde and the PPN) then the Source Solde pay bug
and the PPN inspection audit; CAF double payment, CAF algorithm ruling, CAF phishing and solidarité à la source
delay; two e-health funding rounds (Nabla, Lifen) the same morning; Patch Tuesday of January, February and
March; weekly roundups (next.ink Hebdo #4, #5, #8, #12; ZDNet recaps of weeks 6 and 7; LeMagIT "L'essentiel
de la semaine" of weeks 9 and 10), each its own event.
`build` fixes the year 2026; times are UTC, January to March 2026.

Measured once on 7de46d2, the code that lands at stop 30: precision 1.000, recall 0.846
(1.000 / 0.846 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Pronote down on the January back-to-school day
    ("pronote-outage-jan05", "fresh91", [
        ("01net.com", "01-05 07:50", "Pronote en panne pour la rentrée : impossible de se connecter",
         "Le jour de la reprise des cours, des milliers d'élèves, de parents et d'enseignants n'arrivent pas à accéder à Pronote, le logiciel de vie scolaire d'Index Education."),
        ("frandroid.com", "01-05 09:15", "Pronote ne fonctionne plus : Index Education évoque un afflux de connexions",
         "L'éditeur attribue la panne qui touche l'application et le site depuis 7 heures à une saturation de ses serveurs au moment de la rentrée de janvier."),
        ("bfmtv.com", "01-05 11:40", "Rentrée scolaire : les parents s'agacent, le logiciel de vie scolaire inaccessible toute la matinée",
         "Cahier de textes, notes, emploi du temps : Pronote, utilisé dans la plupart des collèges et lycées, est resté indisponible plusieurs heures ce lundi avant un retour progressif vers midi."),
    ]),
    # ---------------------------------------------- regional ENT of Hauts-de-France high schools down, same morning
    ("ent-hdf-outage", "fresh91", [
        ("next.ink", "01-05 10:30", "L'ENT des lycées des Hauts-de-France tombe le jour de la rentrée",
         "L'espace numérique de travail Enthdf, utilisé par 400 000 lycéens et agents de la région, est resté inaccessible lundi matin à la suite d'une panne chez son hébergeur."),
        ("clubic.com", "01-05 14:20", "Hauts-de-France : l'espace numérique des lycées en rade pendant six heures",
         "La région confirme une coupure de l'ENT régional entre 6 heures et midi, due à un incident de stockage chez le prestataire qui l'héberge."),
    ]),
    # ---------------------------------------------- CAF bug pays the APL twice
    ("caf-double-apl", "fresh91", [
        ("bfmtv.com", "01-07 12:10", "CAF : des allocataires reçoivent deux fois leur APL, l'organisme va récupérer les sommes",
         "Un bug informatique a provoqué le double versement de l'aide personnalisée au logement à environ 180 000 foyers le 5 janvier ; la Cnaf prévient qu'elle reprendra le trop-perçu."),
        ("lefigaro.fr", "01-07 15:30", "Un bug fait verser deux fois les APL à 180.000 foyers",
         "La Caisse nationale des allocations familiales reconnaît une « erreur technique » lors du traitement des paiements de janvier et assure que les régularisations seront étalées."),
        ("01net.com", "01-08 08:00", "Double versement des APL : la CAF explique l'origine du bug",
         "Une mise à jour du logiciel de liquidation des prestations, déployée pendant les fêtes, a dupliqué le fichier de paiement envoyé aux banques, selon la branche famille de la Sécurité sociale."),
    ]),
    # ---------------------------------------------- Doctolib appeals the competition authority's fine (single)
    ("doctolib-appeal", "fresh91", [
        ("lesechos.fr", "01-08 06:30", "Doctolib fait appel de son amende pour abus de position dominante",
         "La plateforme de prise de rendez-vous médicaux conteste devant la cour d'appel de Paris la sanction de 4,6 millions d'euros prononcée en novembre par l'Autorité de la concurrence."),
    ]),
    # ---------------------------------------------- second phase of the CaRE hospital cybersecurity programme
    ("care-programme-phase2", "fresh91", [
        ("lemagit.fr", "01-09 09:00", "Programme CaRE : 250 millions d'euros de plus pour la cybersécurité des hôpitaux",
         "Le ministère de la Santé lance la deuxième phase de son programme de cybersécurité des établissements de santé, avec un financement conditionné à des exercices de crise et à des sauvegardes hors ligne."),
        ("usine-digitale.fr", "01-09 11:20", "Cybersécurité hospitalière : l'État remet 250 M€ au pot",
         "Sauvegardes déconnectées, détection des intrusions, exercices : les établissements devront atteindre des objectifs précis pour toucher l'enveloppe du programme CaRE d'ici 2028."),
        ("next.ink", "01-09 14:45", "Le gouvernement prolonge le plan CaRE pour protéger les hôpitaux des rançongiciels",
         "Après une première phase jugée insuffisante par les fédérations hospitalières, une nouvelle enveloppe d'un quart de milliard d'euros est annoncée jusqu'en 2028."),
    ]),
    # ---------------------------------------------- ransomware at CHU de Besançon, claimed by Qilin two days later
    ("ransomware-chu-besancon", "fresh91", [
        ("lemagit.fr", "01-12 08:10", "Le CHU de Besançon frappé par un rançongiciel",
         "Le centre hospitalier universitaire de Besançon fonctionne en mode dégradé depuis la nuit de dimanche à lundi, après le chiffrement de plusieurs serveurs de son système d'information."),
        ("zdnet.fr", "01-12 10:40", "Cyberattaque au CHU de Besançon : les urgences passent au papier",
         "Le CHU a coupé ses accès Internet et activé sa cellule de crise ; l'ANSSI et le CERT Santé sont mobilisés."),
        ("numerama.com", "01-12 13:05", "« Nous sommes revenus au crayon » : dans le Doubs, un hôpital privé d'informatique",
         "Dossiers patients inaccessibles, opérations reportées : le personnel du CHU de Besançon raconte une première journée sans système informatique après l'attaque."),
        ("lefigaro.fr", "01-12 17:30", "Besançon : des opérations déprogrammées après une cyberattaque contre l'hôpital",
         "Le CHU de Besançon a reporté une partie des interventions non urgentes et transfère certains patients vers Dijon."),
        ("01net.com", "01-14 07:45", "CHU de Besançon : le groupe Qilin revendique l'attaque",
         "Le gang de rançongiciel affirme avoir dérobé 1,2 To de données de l'hôpital bisontin et menace de les publier sous huit jours."),
    ]),
    # ---------------------------------------------- second Pronote outage, a week later
    ("pronote-outage-jan12", "fresh91", [
        ("frandroid.com", "01-12 07:30", "Pronote de nouveau en panne, une semaine après la rentrée",
         "Rebelote pour Index Education : l'application Pronote refuse les connexions ce lundi matin, sept jours après la panne de la reprise."),
        ("clubic.com", "01-12 09:50", "Nouvelle panne de Pronote : l'éditeur pointe un problème d'authentification",
         "Cette fois, c'est le service d'authentification via les ENT qui a flanché, privant de nombreux parents d'accès aux notes pendant deux heures."),
    ]),
    # ---------------------------------------------- Patch Tuesday, January
    ("patch-tuesday-jan", "fresh91", [
        ("lemondeinformatique.fr", "01-13 19:20", "Patch Tuesday de janvier : 112 failles corrigées par Microsoft",
         "Le premier lot de correctifs de 2026 comble 112 vulnérabilités, dont trois zero-day, l'une d'elles dans le composant Hyper-V de Windows."),
        ("zdnet.fr", "01-13 21:10", "Microsoft ouvre l'année avec trois zero-day corrigées",
         "Le Patch Tuesday de janvier compte 112 correctifs ; le CERT-FR appelle à appliquer rapidement ceux qui visent Hyper-V."),
    ]),
    # ---------------------------------------------- ANTS website down
    ("ants-outage", "fresh91", [
        ("bfmtv.com", "01-14 10:15", "Le site de l'ANTS en panne : impossible de faire sa demande de passeport",
         "Depuis mardi soir, le portail de l'Agence nationale des titres sécurisés affiche un message d'erreur, bloquant les pré-demandes de carte d'identité, de passeport et de permis de conduire."),
        ("01net.com", "01-14 13:00", "Cartes grises, passeports : l'agence des titres sécurisés à l'arrêt",
         "L'ANTS évoque une « opération de maintenance qui a mal tourné » et promet un retour à la normale dans la journée."),
    ]),
    # ---------------------------------------------- Parcoursup opens its wish phase
    ("parcoursup-2026-opening", "fresh91", [
        ("lefigaro.fr", "01-15 06:00", "Parcoursup 2026 : ce qui change pour les lycéens",
         "La plateforme ouvre ce jeudi la phase de formulation des vœux, avec un nouvel indicateur de taux d'accès par formation et des fiches remaniées."),
        ("bfmtv.com", "01-15 09:30", "Parcoursup ouvre ses portes : 23 000 formations au choix",
         "Les candidats ont jusqu'au 12 mars pour formuler jusqu'à dix vœux sur la plateforme d'affectation dans l'enseignement supérieur, ouverte depuis ce jeudi."),
    ]),
    # ---------------------------------------------- Assurance maladie AI to detect fake sick notes (single)
    ("cnam-ai-sick-notes", "fresh91", [
        ("lefigaro.fr", "01-16 07:00", "Fraude aux arrêts de travail : l'Assurance maladie généralise la détection par IA",
         "La Cnam déploie un algorithme pour repérer les arrêts de travail falsifiés, après avoir détecté 30 millions d'euros de fraude en 2025."),
    ]),
    # ---------------------------------------------- cyberattack on the Saintes hospital
    ("cyberattack-ch-saintes", "fresh91", [
        ("lemagit.fr", "01-19 08:30", "Le centre hospitalier de Saintes victime d'une cyberattaque",
         "L'hôpital de Saintes, en Charente-Maritime, a détecté dimanche une intrusion sur son réseau et a coupé l'ensemble de ses applications par précaution."),
        ("lemondeinformatique.fr", "01-19 11:00", "Une cyberattaque perturbe l'hôpital de Saintes",
         "Une semaine après Besançon, un nouvel établissement de santé est visé : le CH de Saintes a déclenché son plan blanc et réoriente les urgences vers Rochefort."),
        ("bfmtv.com", "01-19 16:20", "Charente-Maritime : l'hôpital de Saintes paralysé par une attaque informatique",
         "Les consultations sont maintenues, mais les examens d'imagerie sont reportés ; une plainte a été déposée."),
    ]),
    # ---------------------------------------------- France Travail leak of 1.6 million jobseekers (January)
    ("france-travail-leak-jan", "fresh91", [
        ("linforme.com", "01-20 05:45", "Exclusif : une nouvelle fuite massive chez France Travail",
         "Selon nos informations, les données de 1,6 million de demandeurs d'emploi ont été aspirées à partir de comptes compromis de conseillers de missions locales."),
        ("zdnet.fr", "01-20 09:10", "France Travail confirme le vol de données de 1,6 million d'inscrits",
         "L'opérateur public de l'emploi reconnaît un accès illégitime à son système d'information via des comptes de partenaires et a notifié la CNIL."),
        ("next.ink", "01-20 11:30", "Des comptes de missions locales utilisés pour siphonner 1,6 million de dossiers",
         "Noms, dates de naissance, numéros de sécurité sociale et coordonnées : les attaquants ont exploité l'outil Kairos, accessible aux partenaires de France Travail."),
        ("bfmtv.com", "01-20 14:00", "Piratage de France Travail : 1,6 million de chômeurs concernés, selon L'Informé",
         "Les données personnelles de demandeurs d'emploi ont été dérobées ; France Travail va prévenir individuellement les personnes concernées."),
        ("numerama.com", "01-21 08:00", "Vos données ont fuité chez France Travail ? Voici comment éviter les arnaques",
         "Après le vol des informations de 1,6 million d'inscrits, les escroqueries par SMS et les faux conseillers risquent de se multiplier : nos conseils."),
    ]),
    # ---------------------------------------------- FranceConnect outage (first)
    ("franceconnect-outage-jan22", "fresh91", [
        ("next.ink", "01-22 08:20", "FranceConnect en panne, des milliers de démarches en ligne bloquées",
         "Le service d'authentification de l'État est indisponible depuis 7 heures ce jeudi, empêchant la connexion à impots.gouv.fr, à ameli.fr ou au site de l'ANTS."),
        ("01net.com", "01-22 10:05", "Le « bouton bleu » ne répond plus : grosse panne pour les services publics en ligne",
         "Impossible de se connecter aux démarches administratives via FranceConnect depuis ce matin ; la DINUM évoque un incident chez un fournisseur d'identité."),
        ("clubic.com", "01-22 12:40", "FranceConnect : la panne est résolue, la DINUM s'explique",
         "Après près de cinq heures d'interruption, le service est rétabli ; un certificat expiré chez l'un des fournisseurs d'identité serait en cause."),
    ]),
    # ---------------------------------------------- next.ink weekly, #4
    ("next-hebdo-4", "fresh91", [
        ("next.ink", "01-24 08:00", "Hebdo #4 : hôpital de Saintes, France Travail et FranceConnect",
         "Chaque samedi, notre sélection : la cyberattaque contre l'hôpital de Saintes, la fuite de 1,6 million de dossiers chez France Travail et la panne de FranceConnect."),
    ]),
    # ---------------------------------------------- DINUM makes Visio mandatory for state agents
    ("dinum-visio-mandate", "fresh91", [
        ("next.ink", "01-26 10:00", "La DINUM impose Visio à tous les agents de l'État d'ici 2027",
         "Teams, Zoom et Webex devront céder la place à l'outil de visioconférence souverain de la suite numérique, selon une circulaire signée par le Premier ministre."),
        ("lemondeinformatique.fr", "01-26 13:30", "Visioconférence : l'État tourne le dos à Teams et Zoom",
         "La direction interministérielle du numérique généralise son service Visio, hébergé sur un cloud qualifié SecNumCloud, à 2,5 millions d'agents publics."),
        ("latribune.fr", "01-26 17:00", "Souveraineté : Matignon sonne la fin des outils américains de visio dans l'administration",
         "Les ministères ont jusqu'à fin 2027 pour migrer vers Visio, une solution développée par la DINUM, au nom de la maîtrise des données."),
    ]),
    # ---------------------------------------------- second FranceConnect outage, five days later
    ("franceconnect-outage-jan27", "fresh91", [
        ("next.ink", "01-27 09:00", "FranceConnect : deuxième panne en cinq jours",
         "Le service d'identification des usagers est de nouveau tombé mardi matin pendant une heure et demie, cette fois à cause d'une saturation de la passerelle d'authentification."),
        ("numerama.com", "01-27 12:15", "FranceConnect retombe en panne, les usagers excédés",
         "Nouvelle interruption ce mardi : la connexion aux impôts, à la CAF ou à l'Assurance maladie via FranceConnect a échoué pendant près de 90 minutes."),
    ]),
    # ---------------------------------------------- carte Vitale app opened to all insured people
    ("carte-vitale-app-all", "fresh91", [
        ("lesechos.fr", "01-27 06:00", "L'appli carte Vitale ouverte à tous les assurés",
         "Après deux ans de déploiement progressif, l'Assurance maladie généralise l'application carte Vitale à ses 60 millions d'assurés, qui pourront la présenter chez tous les professionnels de santé équipés."),
        ("frandroid.com", "01-27 09:40", "La carte Vitale dématérialisée arrive chez tout le monde : comment l'activer",
         "L'application officielle de la Cnam est désormais accessible dans toute la France ; l'activation passe par France Identité ou par une vérification vidéo."),
        ("lesnumeriques.com", "01-27 14:00", "Votre carte Vitale tient maintenant dans votre téléphone",
         "La généralisation est effective : soixante millions d'assurés peuvent installer l'application sur iPhone et Android."),
        ("01net.com", "01-28 07:30", "Carte Vitale sur smartphone : ce qui change pour vous chez le médecin et en pharmacie",
         "Lecture par QR code, remboursements, carte physique : on fait le point sur ce que change la généralisation de l'application carte Vitale annoncée mardi."),
    ]),
    # ---------------------------------------------- Cegedim annual revenue (single)
    ("cegedim-revenue-2025", "fresh91", [
        ("lesechos.fr", "01-28 17:00", "Cegedim : le chiffre d'affaires progresse de 4 % en 2025",
         "L'éditeur de logiciels de santé affiche un chiffre d'affaires annuel de 680 millions d'euros, porté par l'externalisation et les données, mais pénalisé par Cegedim Santé."),
    ]),
    # ---------------------------------------------- Cour des comptes report on the state's big IT projects
    ("cour-comptes-projets-si", "fresh91", [
        ("lemondeinformatique.fr", "01-29 09:00", "Projets informatiques de l'État : la Cour des comptes tire la sonnette d'alarme",
         "Dans un rapport publié jeudi, les magistrats financiers relèvent que 40 % des 50 grands projets numériques de l'État dépassent leur budget, pour un surcoût total de 1,2 milliard d'euros."),
        ("next.ink", "01-29 11:15", "Dérives des grands projets numériques : la Cour des comptes épingle l'État",
         "Retards, surcoûts, pilotage défaillant : le rapport cite notamment le logiciel de paie des armées Source Solde et la procédure pénale numérique."),
        ("itforbusiness.fr", "01-29 15:40", "1,2 milliard d'euros de dérapages : le bilan sévère des projets IT publics",
         "La rue Cambon recommande de confier à la DINUM un droit de veto sur les projets de plus de 9 millions d'euros."),
    ]),
    # ---------------------------------------------- CNIL fines France Travail for the 2024 leak
    ("cnil-fine-france-travail", "fresh91", [
        ("next.ink", "01-29 10:30", "Fuite de 2024 : la CNIL inflige 5 millions d'euros d'amende à France Travail",
         "Le gendarme des données sanctionne l'opérateur public pour des mesures de sécurité insuffisantes ayant permis le vol des données de 43 millions de personnes début 2024."),
        ("zdnet.fr", "01-29 13:00", "France Travail sanctionné par la CNIL pour la fuite géante de 2024",
         "5 millions d'euros : la CNIL pointe l'absence d'authentification forte et une journalisation défaillante lors de l'incident."),
        ("lefigaro.fr", "01-29 18:10", "43 millions de personnes concernées : l'ex-Pôle emploi écope d'une amende de 5 millions d'euros",
         "La Commission nationale de l'informatique et des libertés reproche à France Travail des failles de sécurité ayant facilité le piratage de 2024."),
    ]),
    # ---------------------------------------------- cyberattack on the city of Brest
    ("cyberattack-brest", "fresh91", [
        ("lemagit.fr", "01-30 08:40", "La ville de Brest et sa métropole frappées par une cyberattaque",
         "Les services municipaux et métropolitains de Brest fonctionnent en mode dégradé depuis jeudi soir ; état civil et inscriptions scolaires sont suspendus."),
        ("lefigaro.fr", "01-30 14:00", "Brest : la mairie paralysée par des pirates informatiques",
         "Messageries coupées, guichets fermés : la collectivité bretonne a porté plainte et travaille avec l'ANSSI pour restaurer ses systèmes."),
    ]),
    # ---------------------------------------------- next.ink weekly, #5
    ("next-hebdo-5", "fresh91", [
        ("next.ink", "01-31 08:00", "Hebdo #5 : Cour des comptes, CNIL et Brest",
         "Chaque samedi, notre sélection : le rapport sur les projets numériques de l'État, l'amende de France Travail et la cyberattaque contre Brest."),
    ]),
    # ---------------------------------------------- ransomware at the Vienne département
    ("ransomware-departement-vienne", "fresh91", [
        ("lemagit.fr", "02-02 09:20", "Le département de la Vienne victime d'un rançongiciel",
         "Le conseil départemental de la Vienne a vu ses serveurs chiffrés dans la nuit de samedi à dimanche ; le versement du RSA et des aides sociales pourrait être retardé."),
        ("zdnet.fr", "02-02 15:00", "Cyberattaque : le conseil départemental de la Vienne en mode dégradé",
         "Trois jours après Brest, une nouvelle collectivité est visée : le département de la Vienne a isolé son réseau et déposé plainte."),
    ]),
    # ---------------------------------------------- CHU de Nantes patient data leak via a provider
    ("chu-nantes-leak", "fresh91", [
        ("zdnet.fr", "02-03 08:30", "CHU de Nantes : les données de 300 000 patients exposées via un prestataire",
         "Un sous-traitant chargé de la prise de rendez-vous a laissé accessible une base contenant noms, coordonnées et motifs de consultation de patients du CHU de Nantes."),
        ("numerama.com", "02-03 11:45", "Les motifs de consultation de 300 000 patients nantais en vente sur un forum",
         "Un pirate propose un fichier issu du CHU de Nantes ; l'hôpital confirme une fuite chez un prestataire et a prévenu la CNIL."),
        ("lefigaro.fr", "02-03 16:20", "Fuite de données au CHU de Nantes : 300.000 patients concernés",
         "L'établissement assure que ni les dossiers médicaux ni les résultats d'examens n'ont été touchés."),
    ]),
    # ---------------------------------------------- new "cloud au centre" circular makes SecNumCloud mandatory
    ("cloud-doctrine-circular", "fresh91", [
        ("lemagit.fr", "02-04 08:00", "Cloud au centre : l'État durcit sa doctrine et impose SecNumCloud",
         "Une nouvelle circulaire rend obligatoire le recours à une offre qualifiée SecNumCloud pour toutes les données sensibles des administrations, y compris celles des opérateurs et des hôpitaux."),
        ("next.ink", "02-04 10:30", "Doctrine « cloud au centre » : la nouvelle circulaire ferme la porte aux clouds extra-européens",
         "Le texte signé par le Premier ministre étend l'exigence d'immunité aux lois extraterritoriales aux données de santé et aux systèmes des établissements publics."),
        ("silicon.fr", "02-04 14:15", "SecNumCloud devient la règle pour les données sensibles de l'État",
         "Les ministères disposent de dix-huit mois pour migrer les applications concernées ; les dérogations devront être validées par la DINUM."),
        ("lemondeinformatique.fr", "02-05 08:30", "Nouvelle doctrine cloud : ce qui change pour les ministères et les opérateurs",
         "Périmètre, calendrier, dérogations : le détail de la circulaire qui impose le cloud qualifié aux données sensibles de la sphère publique."),
    ]),
    # ---------------------------------------------- Cegedim Santé job cuts
    ("cegedim-sante-layoffs", "fresh91", [
        ("linforme.com", "02-05 06:15", "Cegedim Santé prépare un plan social",
         "Selon nos informations, la filiale de logiciels médicaux de Cegedim s'apprête à supprimer environ 120 postes, principalement à Boulogne-Billancourt et à Nantes."),
        ("lemondeinformatique.fr", "02-05 12:00", "Une centaine de postes supprimés chez Cegedim Santé",
         "L'éditeur de logiciels pour médecins confirme un plan de sauvegarde de l'emploi touchant 120 salariés, une semaine après la publication de son chiffre d'affaires annuel."),
    ]),
    # ---------------------------------------------- bug in the carte Vitale app update
    ("carte-vitale-app-bug", "fresh91", [
        ("frandroid.com", "02-06 08:10", "L'appli carte Vitale plante chez de nombreux utilisateurs depuis sa dernière mise à jour",
         "La version 2.4 de l'application carte Vitale, publiée mercredi, renvoie une erreur au lancement sur certains smartphones Android, empêchant la présentation de la carte en pharmacie."),
        ("01net.com", "02-06 13:30", "Carte Vitale sur smartphone : l'Assurance maladie reconnaît un bug",
         "La Cnam promet un correctif sous 48 heures et invite les assurés concernés à présenter leur carte physique en attendant."),
    ]),
    # ---------------------------------------------- ZDNet weekly recap, week 6
    ("zdnet-recap-w06", "fresh91", [
        ("zdnet.fr", "02-06 17:30", "Le récap de la semaine : doctrine cloud, CHU de Nantes et Vienne",
         "Nouvelle doctrine cloud de l'État, fuite de données au CHU de Nantes et rançongiciel contre le département de la Vienne : ce qu'il fallait retenir de la semaine."),
    ]),
    # ---------------------------------------------- France Identité adds the carte grise
    ("france-identite-carte-grise", "fresh91", [
        ("frandroid.com", "02-09 08:00", "France Identité : la carte grise dématérialisée est enfin disponible",
         "La nouvelle version de l'application d'identité numérique de l'État permet d'ajouter son certificat d'immatriculation et de le présenter lors d'un contrôle routier."),
        ("numerama.com", "02-09 10:20", "Après le permis, la carte grise débarque dans France Identité",
         "Le ministère de l'Intérieur ajoute le certificat d'immatriculation à son application, qui compte désormais 4 millions d'utilisateurs."),
        ("01net.com", "02-09 15:45", "Plus besoin de garder sa carte grise dans la boîte à gants ?",
         "La version 3 de l'application officielle France Identité ajoute le certificat d'immatriculation, mais le document papier reste valable."),
    ]),
    # ---------------------------------------------- Patch Tuesday, February
    ("patch-tuesday-feb", "fresh91", [
        ("lemondeinformatique.fr", "02-10 19:00", "Patch Tuesday de février : 63 vulnérabilités corrigées",
         "Microsoft comble 63 failles ce mois-ci, dont deux zero-day exploitées visant le moteur MSHTML et le pilote Common Log File System."),
        ("silicon.fr", "02-11 07:40", "Patch Tuesday : deux zero-day au programme de février",
         "Le lot de correctifs mensuel de Microsoft colmate 63 vulnérabilités ; deux étaient déjà exploitées avant leur correction."),
    ]),
    # ---------------------------------------------- Doctolib outage, and its post-mortem the next day
    ("doctolib-outage", "fresh91", [
        ("bfmtv.com", "02-10 08:45", "Doctolib en panne : impossible de prendre rendez-vous chez le médecin",
         "Le site et l'application de la plateforme de prise de rendez-vous médicaux sont inaccessibles depuis le début de la matinée, y compris pour les praticiens."),
        ("lefigaro.fr", "02-10 12:30", "Panne géante chez Doctolib, les cabinets médicaux privés d'agenda",
         "Des milliers de médecins, kinés et dentistes ont dû travailler sans leur planning pendant près de quatre heures mardi."),
        ("01net.com", "02-11 09:00", "La licorne française de l'e-santé s'excuse et explique sa panne de mardi",
         "Doctolib attribue l'interruption de quatre heures à une migration de base de données ratée chez son hébergeur."),
    ]),
    # ---------------------------------------------- Conseil d'État rules the CAF scoring algorithm illegal
    ("caf-algorithm-conseil-etat", "fresh91", [
        ("next.ink", "02-12 10:00", "Le Conseil d'État juge illégal l'algorithme de notation de la CAF",
         "Saisie par quinze associations, la haute juridiction administrative annule le score de risque utilisé par la Cnaf pour cibler ses contrôles, jugé discriminatoire envers les allocataires précaires."),
        ("numerama.com", "02-12 13:20", "La CAF devra cesser de noter ses allocataires",
         "Le Conseil d'État estime que le score de risque attribué aux 13 millions de foyers allocataires viole le RGPD, faute de base légale suffisante."),
        ("lefigaro.fr", "02-12 17:45", "Contrôles des allocataires : revers pour la Cnaf devant le Conseil d'État",
         "La branche famille de la Sécurité sociale a six mois pour abandonner son algorithme de ciblage des contrôles, dénoncé par La Quadrature du Net."),
    ]),
    # ---------------------------------------------- DGFiP insources its development (single)
    ("dgfip-insourcing", "fresh91", [
        ("itforbusiness.fr", "02-12 09:00", "La DGFiP va recruter 300 informaticiens pour réinternaliser ses développements",
         "L'administration fiscale veut réduire sa dépendance aux ESN et reprendre en main la refonte de ses applications historiques d'ici 2030."),
    ]),
    # ---------------------------------------------- ZDNet weekly recap, week 7
    ("zdnet-recap-w07", "fresh91", [
        ("zdnet.fr", "02-13 17:30", "Le récap de la semaine : Doctolib, France Identité et Patch Tuesday",
         "La panne de Doctolib, la carte grise dans France Identité et les 63 failles corrigées par Microsoft : ce qu'il fallait retenir de la semaine."),
    ]),
    # ---------------------------------------------- Samu regulation software outage
    ("samu-software-outage", "fresh91", [
        ("bfmtv.com", "02-14 09:10", "Samu : une panne informatique perturbe la régulation des appels dans douze départements",
         "Le logiciel de régulation médicale utilisé par les centres 15 est tombé dans la nuit de vendredi à samedi, obligeant les médecins régulateurs à noter les appels sur papier."),
        ("lefigaro.fr", "02-14 13:40", "Panne du logiciel des Samu : l'Agence du numérique en santé mobilisée",
         "Le système d'information des Samu, déployé par l'ANS, a été indisponible près de cinq heures ; aucun appel perdu n'est à déplorer selon le ministère."),
    ]),
    # ---------------------------------------------- France Travail rolls out its ChatFT assistant
    ("france-travail-chatft", "fresh91", [
        ("usine-digitale.fr", "02-16 09:30", "France Travail généralise son assistant d'IA générative à tous ses conseillers",
         "Baptisé ChatFT, l'outil fondé sur des modèles de Mistral AI est déployé auprès des 45 000 agents pour rédiger courriers et synthèses de dossiers."),
        ("lemondeinformatique.fr", "02-16 14:10", "ChatFT, l'IA maison de l'opérateur public de l'emploi, passe à l'échelle",
         "Après une expérimentation auprès de 5 000 conseillers, France Travail étend son assistant conversationnel à l'ensemble de son réseau."),
    ]),
    # ---------------------------------------------- Assurance maladie leak through health professionals' accounts
    ("ameli-leak", "fresh91", [
        ("zdnet.fr", "02-17 08:50", "Assurance maladie : les données de 520 000 assurés dérobées via des comptes de soignants",
         "Des pirates ont utilisé les identifiants volés d'une trentaine de professionnels de santé pour consulter le portail amelipro et extraire des données d'assurés."),
        ("next.ink", "02-17 11:40", "Amelipro : la Cnam confirme une fuite touchant plus d'un demi-million d'assurés",
         "Noms, numéros de sécurité sociale et droits ouverts : la Caisse nationale d'assurance maladie a porté plainte et imposera l'authentification forte aux praticiens."),
        ("bfmtv.com", "02-17 15:25", "Piratage de l'Assurance maladie : 520.000 Français concernés",
         "L'organisme prévient que les assurés touchés seront contactés par courriel et appelle à la vigilance face aux faux messages d'ameli."),
    ]),
    # ---------------------------------------------- Urssaf leak of micro-entrepreneurs' data, the next day
    ("urssaf-leak", "fresh91", [
        ("numerama.com", "02-18 09:15", "Fuite de données à l'Urssaf : 800 000 micro-entrepreneurs concernés",
         "Un pirate a exploité une faille du portail autoentrepreneur.urssaf.fr pour récupérer identités, adresses et numéros Siret."),
        ("01net.com", "02-18 14:30", "Après l'Assurance maladie, l'Urssaf annonce à son tour un piratage",
         "L'organisme de recouvrement des cotisations sociales confirme le vol des données de 800 000 auto-entrepreneurs et a corrigé la faille exploitée."),
    ]),
    # ---------------------------------------------- ANSSI report on threats to the health sector
    ("anssi-health-threat-report", "fresh91", [
        ("lemagit.fr", "02-19 08:00", "Santé : l'ANSSI recense 43 rançongiciels dans les établissements en 2025",
         "Dans son état de la menace sur le secteur de la santé, l'agence compte 43 attaques par rançongiciel contre des hôpitaux, cliniques et Ehpad l'an dernier, contre 30 en 2024."),
        ("silicon.fr", "02-19 12:10", "Les hôpitaux restent la cible privilégiée des rançongiciels, selon l'ANSSI",
         "L'agence nationale pointe les accès VPN mal protégés et les prestataires comme principaux vecteurs d'intrusion dans les établissements de santé."),
    ]),
    # ---------------------------------------------- DINUM opens Albert to all public agents
    ("dinum-albert-rollout", "fresh91", [
        ("usine-digitale.fr", "02-19 09:00", "Albert, l'IA de l'État, ouverte à tous les agents publics",
         "La DINUM rend son assistant d'IA générative accessible aux 5,6 millions d'agents des trois fonctions publiques, avec des modèles open source hébergés sur ses propres serveurs."),
        ("next.ink", "02-19 11:30", "La DINUM généralise Albert et ferme la porte à ChatGPT dans les ministères",
         "Une note interministérielle proscrit l'usage des assistants grand public pour les données professionnelles et oriente les agents vers Albert."),
        ("latribune.fr", "02-19 16:40", "IA générative : l'administration mise sur son assistant maison",
         "Avec Albert, la direction interministérielle du numérique veut offrir aux fonctionnaires une alternative souveraine aux outils d'OpenAI et de Microsoft."),
    ]),
    # ---------------------------------------------- strike at France Travail
    ("france-travail-strike", "fresh91", [
        ("lefigaro.fr", "02-19 10:15", "Grève à France Travail contre les suppressions de postes",
         "Les syndicats de l'opérateur public de l'emploi appellent à la grève ce jeudi pour dénoncer la suppression de 500 postes et la charge de travail des conseillers."),
        ("bfmtv.com", "02-19 15:50", "France Travail : des agences fermées ce jeudi, les conseillers en grève",
         "À l'appel de la CGT, de FO et du SNU, des milliers d'agents ont cessé le travail ; la direction recense 18 % de grévistes."),
    ]),
    # ---------------------------------------------- driving-licence fraud ring on the ANTS portal (single)
    ("ants-licence-fraud-ring", "fresh91", [
        ("lefigaro.fr", "02-20 10:00", "Un réseau de fraude au permis de conduire démantelé, 2 000 faux dossiers déposés à l'ANTS",
         "Les gendarmes ont interpellé onze personnes soupçonnées d'avoir obtenu des permis frauduleux grâce aux comptes piratés d'auto-écoles sur le portail de l'ANTS."),
    ]),
    # ---------------------------------------------- next.ink weekly, #8
    ("next-hebdo-8", "fresh91", [
        ("next.ink", "02-21 08:00", "Hebdo #8 : Assurance maladie, Urssaf et Albert",
         "Chaque samedi, notre sélection : les fuites de données à l'Assurance maladie et à l'Urssaf, et la généralisation d'Albert dans l'administration."),
    ]),
    # ---------------------------------------------- flaw found in France Identité
    ("france-identite-flaw", "fresh91", [
        ("numerama.com", "02-23 09:40", "Une faille dans France Identité permettait de falsifier un justificatif d'identité",
         "Un chercheur en sécurité a montré qu'il était possible de générer une attestation modifiée acceptée par le vérificateur ; le ministère de l'Intérieur a corrigé le problème."),
        ("next.ink", "02-23 13:00", "France Identité : un chercheur révèle une vulnérabilité dans la génération des justificatifs",
         "La faille, signalée via le programme de bug bounty de l'application, touchait la vérification de la signature des justificatifs à usage unique."),
    ]),
    # ---------------------------------------------- ransomware at the Jura Sud hospital (Lons-le-Saunier)
    ("ransomware-ch-jura-sud", "fresh91", [
        ("lemagit.fr", "02-24 08:15", "Rançongiciel : le centre hospitalier Jura Sud touché",
         "L'hôpital de Lons-le-Saunier, établissement support du GHT Jura Sud, a vu une partie de ses serveurs chiffrés dans la nuit de lundi à mardi."),
        ("zdnet.fr", "02-24 12:50", "Cyberattaque à l'hôpital de Lons-le-Saunier",
         "Le centre hospitalier Jura Sud a déclenché son plan blanc ; c'est le troisième établissement de santé attaqué en France depuis janvier."),
    ]),
    # ---------------------------------------------- Tchap opened to local authorities (single)
    ("tchap-collectivites", "fresh91", [
        ("silicon.fr", "02-25 10:00", "Tchap s'ouvre aux collectivités territoriales",
         "La messagerie instantanée de l'État, développée par la DINUM sur le protocole Matrix, devient accessible aux agents des communes, départements et régions."),
    ]),
    # ---------------------------------------------- Pronote credentials sold after infostealers
    ("pronote-credentials-leak", "fresh91", [
        ("zdnet.fr", "02-26 08:30", "Pronote : des identifiants de parents et d'élèves vendus sur un forum",
         "Un fichier de 2,3 millions d'identifiants Pronote, collectés par des logiciels espions sur des ordinateurs familiaux, circule sur un forum cybercriminel."),
        ("numerama.com", "02-26 11:00", "2,3 millions de comptes Pronote dans la nature : faut-il changer son mot de passe ?",
         "Index Education assure que ses serveurs n'ont pas été piratés mais recommande de modifier ses identifiants après la mise en vente d'une liste de comptes."),
        ("frandroid.com", "02-26 16:30", "Fuite de comptes Pronote : l'éditeur accuse des infostealers",
         "Les identifiants proviennent d'ordinateurs infectés et non d'une intrusion chez Index Education, qui va généraliser la double authentification."),
    ]),
    # ---------------------------------------------- France Travail appeals the CNIL fine
    ("france-travail-cnil-appeal", "fresh91", [
        ("next.ink", "02-26 10:00", "France Travail conteste son amende CNIL devant le Conseil d'État",
         "L'opérateur public de l'emploi a déposé un recours contre la sanction de 5 millions d'euros prononcée fin janvier pour la fuite de données de 2024."),
        ("zdnet.fr", "02-26 14:45", "Amende de 5 millions d'euros : France Travail fait appel",
         "Quatre semaines après sa condamnation par la CNIL, France Travail juge la sanction disproportionnée pour un établissement public et saisit la haute juridiction administrative."),
    ]),
    # ---------------------------------------------- arrests over the January France Travail leak
    ("france-travail-arrests", "fresh91", [
        ("bfmtv.com", "02-27 07:30", "Piratage de France Travail : trois suspects interpellés",
         "Trois jeunes hommes de 19 à 23 ans ont été arrêtés dans le Rhône et en Seine-Saint-Denis ; ils sont soupçonnés d'être à l'origine de la fuite de 1,6 million de dossiers survenue en janvier."),
        ("lefigaro.fr", "02-27 11:20", "Fuite de données de France Travail : trois interpellations",
         "Les enquêteurs de l'Office anti-cybercriminalité ont remonté la piste des pirates grâce aux comptes de missions locales utilisés lors de l'intrusion de janvier."),
        ("zdnet.fr", "02-27 15:10", "France Travail : les auteurs présumés de la fuite de janvier arrêtés",
         "Les suspects, placés en garde à vue, auraient revendu une partie des données sur Telegram, selon le parquet de Paris."),
    ]),
    # ---------------------------------------------- Source Solde pay bug at the Armed Forces
    ("source-solde-bug", "fresh91", [
        ("lefigaro.fr", "02-27 11:00", "Des milliers de militaires privés d'une partie de leur solde après un nouveau bug de Source Solde",
         "Près de 9 000 soldats de l'armée de Terre n'ont touché qu'une partie de leur rémunération de février en raison d'une erreur du logiciel de paie des armées."),
        ("bfmtv.com", "02-27 16:00", "Solde amputée : le ministère des Armées reconnaît un dysfonctionnement informatique",
         "Le ministère promet un versement complémentaire sous cinq jours aux quelque 9 000 militaires touchés par l'erreur du calculateur de paie."),
    ]),
    # ---------------------------------------------- LeMagIT weekly, week 9
    ("lemagit-essentiel-w09", "fresh91", [
        ("lemagit.fr", "02-27 17:00", "L'essentiel de la semaine : Pronote, Jura Sud et France Travail",
         "La fuite de comptes Pronote, le rançongiciel contre l'hôpital de Lons-le-Saunier et le recours de France Travail : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- new head of DINUM
    ("dinum-new-director", "fresh91", [
        ("next.ink", "03-02 09:30", "Un nouveau directeur à la tête de la DINUM",
         "Le conseil des ministres a nommé Claire Delattre, jusqu'ici directrice du numérique du ministère des Armées, à la direction interministérielle du numérique."),
        ("latribune.fr", "03-02 14:20", "Claire Delattre prend les commandes du numérique de l'État",
         "L'ancienne responsable du numérique des Armées hérite d'une feuille de route chargée : suite numérique, généralisation d'Albert et nouvelle doctrine cloud."),
    ]),
    # ---------------------------------------------- France Travail outage during the monthly "actualisation"
    ("france-travail-outage", "fresh91", [
        ("bfmtv.com", "03-02 08:20", "France Travail en panne en pleine période d'actualisation",
         "Le site et l'application de France Travail sont inaccessibles depuis dimanche soir, alors que les demandeurs d'emploi doivent actualiser leur situation avant le 15 mars."),
        ("01net.com", "03-02 12:00", "Actualisation impossible : le site de France Travail rétabli après une nuit de panne",
         "L'opérateur évoque un incident réseau et assure qu'aucun demandeur d'emploi ne sera radié pour ne pas avoir pu s'actualiser."),
    ]),
    # ---------------------------------------------- ANSSI annual threat panorama
    ("anssi-panorama-2025", "fresh91", [
        ("lemagit.fr", "03-03 09:00", "Panorama de la cybermenace 2025 : l'ANSSI alerte sur l'espionnage",
         "L'agence a traité 4 300 événements de sécurité l'an dernier, en hausse de 15 %, et note une recrudescence de l'espionnage visant les administrations."),
        ("lemondeinformatique.fr", "03-03 12:40", "L'ANSSI publie son panorama annuel de la menace",
         "Rançongiciels stables, espionnage en hausse : l'agence dresse le bilan de 2025 et cite les collectivités et les hôpitaux parmi les victimes les plus fréquentes."),
        ("silicon.fr", "03-03 16:00", "Cybermenace : 144 rançongiciels signalés à l'ANSSI en 2025",
         "Le panorama annuel de l'agence relève une légère baisse des attaques par rançongiciel, mais une hausse marquée des compromissions d'équipements de bordure."),
    ]),
    # ---------------------------------------------- Doctolib launches an AI consultation assistant
    ("doctolib-ai-assistant", "fresh91", [
        ("usine-digitale.fr", "03-03 08:00", "Doctolib lance un assistant IA qui rédige les comptes rendus de consultation",
         "L'outil, intégré au logiciel médical de la plateforme, transcrit la conversation entre le médecin et le patient et propose une synthèse structurée."),
        ("frandroid.com", "03-03 15:30", "Doctolib veut que l'IA prenne des notes à la place de votre médecin",
         "La licorne française dévoile son assistant de consultation, facturé 49 euros par mois aux praticiens, après des tests auprès de 2 000 médecins."),
    ]),
    # ---------------------------------------------- non-cyber IT outage at the Hospices civils de Lyon (single)
    ("hcl-it-outage", "fresh91", [
        ("lefigaro.fr", "03-04 13:00", "Hospices civils de Lyon : une panne informatique géante, pas une cyberattaque",
         "Une défaillance de la climatisation d'une salle serveurs a privé les hôpitaux lyonnais de leur dossier patient informatisé pendant plusieurs heures."),
    ]),
    # ---------------------------------------------- Bleu gets SecNumCloud
    ("bleu-secnumcloud", "fresh91", [
        ("lemagit.fr", "03-05 08:10", "Bleu obtient la qualification SecNumCloud",
         "La coentreprise d'Orange et de Capgemini, qui opère les services Azure et Microsoft 365, décroche le visa de l'ANSSI au terme de trois ans de démarche."),
        ("lesechos.fr", "03-05 10:00", "Le cloud « de confiance » d'Orange et Capgemini reçoit le feu vert de l'ANSSI",
         "Bleu peut désormais héberger les données sensibles des administrations avec la technologie du géant de Redmond, une première qui relance le débat sur la souveraineté."),
        ("silicon.fr", "03-05 14:30", "SecNumCloud : Bleu décroche enfin le sésame",
         "Après S3NS, la coentreprise d'Orange et Capgemini devient le deuxième cloud de confiance adossé à un hyperscaler américain à être qualifié par l'ANSSI."),
    ]),
    # ---------------------------------------------- Inspection report on the digital criminal procedure (PPN)
    ("justice-ppn-audit", "fresh91", [
        ("next.ink", "03-06 09:00", "Procédure pénale numérique : un audit interne étrille le projet",
         "Un rapport de l'Inspection générale de la justice pointe quatre ans de retard et un coût multiplié par trois pour la dématérialisation des procédures pénales."),
        ("lemondeinformatique.fr", "03-06 13:15", "La dématérialisation de la justice pénale accumule les retards",
         "Selon l'inspection générale, moins d'un tiers des tribunaux traitent intégralement leurs procédures en numérique, huit ans après le lancement de la PPN."),
    ]),
    # ---------------------------------------------- LeMagIT weekly, week 10
    ("lemagit-essentiel-w10", "fresh91", [
        ("lemagit.fr", "03-06 17:00", "L'essentiel de la semaine : ANSSI, Bleu et Doctolib",
         "Le panorama de la cybermenace de l'ANSSI, la qualification SecNumCloud de Bleu et l'assistant IA de Doctolib : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- NumSpot gets SecNumCloud, four days after Bleu
    ("numspot-secnumcloud", "fresh91", [
        ("lemondeinformatique.fr", "03-09 09:30", "NumSpot décroche à son tour la qualification SecNumCloud",
         "Le cloud souverain fondé par Docaposte, la Banque des Territoires, Dassault Systèmes et Bouygues Telecom obtient le visa de l'ANSSI pour son offre IaaS."),
        ("channelnews.fr", "03-09 14:00", "Qualification SecNumCloud pour NumSpot",
         "Quatre jours après Bleu, NumSpot rejoint le cercle des offres qualifiées et compte s'appuyer sur les intégrateurs pour séduire collectivités et hôpitaux."),
    ]),
    # ---------------------------------------------- La Poste digital identity reaches "high" level (single)
    ("laposte-identite-eleve", "fresh91", [
        ("frandroid.com", "03-10 10:00", "L'Identité Numérique La Poste passe au niveau élevé",
         "Le service d'identité numérique de La Poste obtient la certification eIDAS de niveau élevé et pourra servir aux démarches les plus sensibles via FranceConnect+."),
    ]),
    # ---------------------------------------------- Patch Tuesday, March
    ("patch-tuesday-mar", "fresh91", [
        ("lemondeinformatique.fr", "03-10 19:15", "Quatre zero-day dans le Patch Tuesday de mars",
         "Le lot mensuel de correctifs de Microsoft traite 78 vulnérabilités dans Windows, Office et Azure."),
        ("zdnet.fr", "03-10 20:00", "Patch Tuesday de mars : Microsoft colmate 78 failles",
         "Quatre vulnérabilités zero-day figurent parmi les 78 corrigées ce mois-ci, dont une dans le service de bureau à distance de Windows."),
    ]),
    # ---------------------------------------------- Senate inquiry into the state's dependency on Microsoft
    ("senat-dependance-microsoft", "fresh91", [
        ("next.ink", "03-11 10:00", "Commande publique : le Sénat dénonce la dépendance de l'État à Microsoft",
         "Une commission d'enquête sénatoriale chiffre à 1,5 milliard d'euros en cinq ans les dépenses de l'État en licences de l'éditeur américain et réclame une stratégie de sortie."),
        ("latribune.fr", "03-11 15:30", "Licences, cloud, messagerie : les sénateurs veulent sevrer l'administration du géant de Redmond",
         "Le rapport de la commission d'enquête propose de réserver une part de la commande publique numérique aux solutions européennes."),
    ]),
    # ---------------------------------------------- French pilot of the EUDI wallet
    ("eudi-wallet-pilot", "fresh91", [
        ("numerama.com", "03-12 09:00", "Portefeuille d'identité européen : la France lance son expérimentation",
         "Dix mille volontaires vont tester le portefeuille EUDI dans France Identité pour ouvrir un compte bancaire ou prouver leur âge en ligne."),
        ("next.ink", "03-12 12:30", "EUDI Wallet : l'État démarre son pilote avec 10 000 testeurs",
         "Le ministère de l'Intérieur et la DINUM expérimentent jusqu'en juin le portefeuille d'identité numérique européen, qui devra être proposé à tous fin 2026."),
    ]),
    # ---------------------------------------------- fake CAF SMS campaign (single)
    ("caf-phishing-sms", "fresh91", [
        ("01net.com", "03-13 08:30", "Attention à ce faux SMS de la CAF qui promet une prime exceptionnelle",
         "Une campagne d'hameçonnage usurpe l'identité de la Caisse d'allocations familiales pour voler les coordonnées bancaires des allocataires."),
    ]),
    # ---------------------------------------------- Réseau radio du futur delayed (single)
    ("rrf-delay", "fresh91", [
        ("latribune.fr", "03-13 06:30", "Réseau radio du futur : la bascule des forces de sécurité repoussée d'un an",
         "Le ministère de l'Intérieur décale à 2027 le passage des policiers, gendarmes et pompiers au réseau haut débit RRF, confié à Airbus et Capgemini."),
    ]),
    # ---------------------------------------------- Health Data Hub picks Cloud Temple
    ("hdh-cloud-temple", "fresh91", [
        ("lesechos.fr", "03-16 06:00", "Données de santé : le Health Data Hub choisit Cloud Temple pour quitter Microsoft",
         "La plateforme des données de santé a attribué le marché de sa migration vers un cloud qualifié SecNumCloud au français Cloud Temple, pour environ 40 millions d'euros sur quatre ans."),
        ("lemagit.fr", "03-16 09:30", "Health Data Hub : Cloud Temple remporte le marché de l'hébergement souverain",
         "L'hébergeur qualifié SecNumCloud succède à Azure ; la bascule des 2 000 To de données doit s'achever début 2028."),
        ("next.ink", "03-16 14:00", "Le Health Data Hub quittera Azure pour Cloud Temple, selon Les Echos",
         "Le groupement d'intérêt public aurait retenu l'offre du français face à OVHcloud et Outscale, mettant fin à six ans de polémique sur l'hébergement des données de santé."),
    ]),
    # ---------------------------------------------- Doctolib job cuts in Germany
    ("doctolib-layoffs", "fresh91", [
        ("linforme.com", "03-17 06:00", "Doctolib réduit la voilure en Allemagne",
         "Selon nos informations, la plateforme de rendez-vous médicaux va supprimer environ 150 postes outre-Rhin, où sa croissance marque le pas."),
        ("lesechos.fr", "03-17 11:00", "Doctolib supprime 150 emplois et recentre ses efforts sur l'IA",
         "La licorne confirme un plan de départs touchant ses équipes commerciales allemandes, deux semaines après le lancement de son assistant de consultation."),
    ]),
    # ---------------------------------------------- sentencing for the 2022 Corbeil-Essonnes hospital attack (single)
    ("corbeil-attack-sentence", "fresh91", [
        ("lemagit.fr", "03-18 10:00", "Cyberattaque de l'hôpital de Corbeil-Essonnes : un affilié de LockBit condamné",
         "Le tribunal correctionnel de Paris a condamné à sept ans de prison un ressortissant russe jugé pour sa participation à l'attaque par rançongiciel de 2022 contre le centre hospitalier Sud Francilien."),
    ]),
    # ---------------------------------------------- hijacked impots.gouv accounts divert tax refunds
    ("impots-accounts-fraud", "fresh91", [
        ("bfmtv.com", "03-19 08:00", "Impots.gouv : des escrocs détournent les remboursements d'impôts en piratant des comptes",
         "Plusieurs milliers de contribuables ont vu les coordonnées bancaires de leur espace personnel modifiées par des fraudeurs, qui ont capté leurs remboursements."),
        ("01net.com", "03-19 11:30", "Comptes impots.gouv piratés : la DGFiP confirme une fraude massive",
         "L'administration fiscale recense 4 800 espaces particuliers compromis, principalement via des identifiants volés par hameçonnage, et suspend les changements d'IBAN en ligne."),
        ("lefigaro.fr", "03-19 17:00", "Fraude aux remboursements : Bercy bloque la modification des RIB en ligne",
         "Après la compromission de près de 5 000 comptes, le fisc impose désormais une vérification supplémentaire avant tout changement de coordonnées bancaires."),
    ]),
    # ---------------------------------------------- solidarité à la source next step delayed (single)
    ("solidarite-source-delay", "fresh91", [
        ("lesechos.fr", "03-20 06:30", "Solidarité à la source : l'attribution automatique du RSA repoussée à 2027",
         "Faute de systèmes d'information prêts, la Cnaf et la MSA reportent d'un an la deuxième étape de la réforme, qui devait automatiser le versement du RSA et de la prime d'activité."),
    ]),
    # ---------------------------------------------- next.ink weekly, #12
    ("next-hebdo-12", "fresh91", [
        ("next.ink", "03-21 08:00", "Hebdo #12 : Health Data Hub, Doctolib et impots.gouv",
         "Chaque samedi, notre sélection : le choix de Cloud Temple par le Health Data Hub, les suppressions de postes chez Doctolib et la fraude aux comptes impots.gouv."),
    ]),
    # ---------------------------------------------- Nabla funding round
    ("nabla-funding", "fresh91", [
        ("lesechos.fr", "03-24 05:30", "Nabla lève 120 millions de dollars pour son assistant médical",
         "La start-up parisienne, qui transcrit et résume les consultations grâce à l'IA, boucle un tour de table mené par un fonds américain."),
        ("usine-digitale.fr", "03-24 09:00", "IA médicale : Nabla boucle une série D de 120 millions de dollars",
         "Utilisé par 85 000 cliniciens, l'assistant de Nabla veut s'étendre aux hôpitaux européens grâce à cette levée."),
    ]),
    # ---------------------------------------------- Lifen funding round, the same morning
    ("lifen-funding", "fresh91", [
        ("journaldunet.com", "03-24 07:15", "Lifen lève 30 millions d'euros pour fluidifier les échanges entre hôpitaux et médecins",
         "La start-up française de la messagerie médicale sécurisée prévoit de recruter 80 personnes et de se lancer en Allemagne."),
        ("lesechos.fr", "03-24 08:00", "E-santé : Lifen réunit 30 millions d'euros",
         "Le spécialiste du traitement des documents médicaux lève des fonds auprès de Bpifrance et de ses investisseurs historiques."),
    ]),
    # ---------------------------------------------- CHU de Lille picks a new patient record system (single)
    ("chu-lille-dpi", "fresh91", [
        ("lemondeinformatique.fr", "03-25 09:00", "Le CHU de Lille choisit un nouveau dossier patient informatisé",
         "Le CHU de Lille a retenu Softway Medical pour remplacer son DPI vieillissant, un chantier estimé à 60 millions d'euros sur sept ans."),
    ]),
    # ---------------------------------------------- FranceConnect reaches 50 million users (single)
    ("franceconnect-50-millions", "fresh91", [
        ("next.ink", "03-25 10:00", "FranceConnect passe la barre des 50 millions d'utilisateurs",
         "Le dispositif d'identification de l'État revendique 50 millions de comptes distincts et 1 400 services raccordés, malgré deux pannes en janvier."),
    ]),
    # ---------------------------------------------- Mon espace santé usage milestone (single)
    ("mon-espace-sante-20m", "fresh91", [
        ("usine-digitale.fr", "03-26 10:00", "Mon espace santé franchit le cap des 20 millions d'utilisateurs actifs",
         "Quatre ans après son lancement, le carnet de santé numérique de l'Assurance maladie revendique 20 millions d'assurés qui l'ont ouvert au moins une fois dans l'année."),
    ]),
    # ---------------------------------------------- Qilin claims a Bayonne clinic (single)
    ("qilin-clinique-bayonne", "fresh91", [
        ("zdnet.fr", "03-27 09:30", "Rançongiciel : une clinique de Bayonne revendiquée par Qilin",
         "Le groupe cybercriminel affirme détenir 400 Go de données de la clinique Belharra ; l'établissement confirme un incident survenu la semaine dernière."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
