"""The 83rd fresh labelled set (cybersecurity: ransomware, data leaks, CVEs, CERT-FR and ANSSI, arrests, vendors), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh83".
Positives: titles sharing few words with the rest of their story ("Un hôpital du Nord paralysé par des
pirates informatiques", "Vos billets de train ont peut-être fuité", "Quand l'antivirus de Microsoft prend
Chrome pour un virus"); events named by periphrasis in one article ("le géant de Redmond", "la firme de
Cupertino", "le service public de l'emploi", "le chantier naval vendéen", "le spécialiste girondin");
a pun ("le chantier naval vendéen prend l'eau"); quotes as titles ("« Nous ne paierons pas »"); a question
title; explainers and advice pieces ("ce qu'il faut faire si vous êtes concerné", "ce qui change pour les
clients AWS et Azure"); syndication ("selon L'Informé"); CERT-FR alerts worded apart from the vendor's
advisory on the same CVE; ransomware claims the day after the attack (Qilin, NoName057(16), Akira); next-day
follow-ups (post-mortem of the France Travail and SNCF Connect leaks, deprogrammed operations at Quimper,
the ShinyHunters suspects charged, the Elsan subcontractor); a pirate's claim and the firm's denial.
Hard negatives: ransomware at two hospitals a week apart (Armentières, Quimper) and two local authorities
two days apart (Saint-Nazaire, Sarreguemines), plus a university; Patch Tuesday of January, February and
March, and an out-of-band SharePoint fix six days after February's; two Ivanti flaws two months apart
(Connect Secure, EPMM); two Chrome zero-days a month apart; iOS 26.2.1 then iOS 26.3 a week later, each
fixing zero-days; a Fortinet CVE then Fortinet's results; a Stormshield launch then a flaw in it two weeks
later; S3NS then Bleu qualified SecNumCloud seven weeks apart; a CNIL fine on Intersport then its appeal
five weeks later; the FFF leak then the arrest of its suspect a month later, and the ShinyHunters arrests
the week before that arrest; Tehtris' job cuts then its receivership a month later; Sekoia.io and Filigran
funding rounds the same morning; SNCF Connect then Air France-KLM leaks two days apart; a DDoS on La Poste
then one on city websites by the same group a month later; two Defender false positives three weeks apart;
an SMS phishing wave then an arrest of SMS-blaster scammers using the same lure; weekly ZDNet cyber
roundups, weekly Clubic VPN deals and LeMagIT's monthly ransomware tallies that recur (never to join
across weeks or months).
`build` fixes the year 2026; times are UTC, January to March 2026.

Measured once in stop 30 on 09c9d91, before any rule was written from it: precision 1.000, recall 0.836
(1.000 / 0.836 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- ransomware at the Armentières hospital, claimed by Qilin
    ("ransomware-ch-armentieres", "fresh83", [
        ("lemagit.fr", "01-05 08:30", "Rançongiciel : le centre hospitalier d'Armentières en mode dégradé",
         "L'hôpital du Nord a coupé ses accès à Internet dans la nuit de dimanche à lundi après la détection du chiffrement de ses serveurs ; les urgences restent ouvertes mais fonctionnent sur papier."),
        ("bfmtv.com", "01-05 11:15", "Cyberattaque à l'hôpital d'Armentières : des patients réorientés vers Lille",
         "Le centre hospitalier d'Armentières, victime d'une attaque informatique, a demandé au Samu de diriger une partie des patients vers le CHU de Lille."),
        ("numerama.com", "01-05 15:40", "Un hôpital du Nord paralysé par des pirates informatiques",
         "Plus de dossier patient informatisé, plus de logiciel de prescription : le centre hospitalier d'Armentières tourne au ralenti depuis une attaque par rançongiciel."),
        ("zdnet.fr", "01-06 17:05", "Armentières : le groupe Qilin revendique l'attaque contre l'hôpital",
         "Le gang de rançongiciel Qilin a ajouté le centre hospitalier d'Armentières à son site vitrine et menace de publier 300 Go de données."),
    ]),
    # ---------------------------------------------- LockBit affiliate extradited to France
    ("lockbit-affiliate-extradition", "fresh83", [
        ("lemondeinformatique.fr", "01-07 14:20", "Un affilié présumé de LockBit extradé vers la France",
         "Arrêté en Espagne en octobre, un ressortissant russe de 34 ans soupçonné d'avoir mené des attaques par rançongiciel contre une dizaine d'entreprises françaises a été remis à la justice française."),
    ]),
    # ---------------------------------------------- Ivanti Connect Secure zero-day
    ("ivanti-connect-secure-cve", "fresh83", [
        ("lemagit.fr", "01-08 07:45", "Ivanti Connect Secure : une nouvelle zero-day activement exploitée",
         "Ivanti alerte sur la vulnérabilité CVE-2026-0147, un débordement de tampon dans ses passerelles VPN Connect Secure exploité avant la publication d'un correctif."),
        ("lemondeinformatique.fr", "01-08 10:30", "Le CERT-FR alerte sur une faille critique des VPN d'Ivanti",
         "Le centre gouvernemental de veille invite les organisations à appliquer sans délai le correctif de la CVE-2026-0147, notée 9,0 sur l'échelle CVSS."),
        ("silicon.fr", "01-08 15:00", "VPN Ivanti : une faille exploitée par un groupe lié à la Chine",
         "Mandiant attribue l'exploitation de la CVE-2026-0147 dans Ivanti Connect Secure à un acteur étatique chinois déjà connu pour cibler ces équipements."),
    ]),
    # ---------------------------------------------- fake Ledger letters
    ("ledger-paper-phishing", "fresh83", [
        ("numerama.com", "01-09 13:00", "Ledger : de faux courriers papier visent les détenteurs de portefeuilles",
         "Des clients de Ledger reçoivent par la poste des lettres les invitant à « valider » leur portefeuille via un QR code qui mène vers un site frauduleux."),
    ]),
    # ---------------------------------------------- ransomware at the Cornouaille hospital (Quimper)
    ("ransomware-ch-cornouaille", "fresh83", [
        ("lemagit.fr", "01-12 09:10", "Le centre hospitalier de Cornouaille frappé par un rançongiciel",
         "L'hôpital de Quimper a déclenché son plan blanc numérique après le chiffrement d'une partie de ses serveurs, une semaine après l'attaque contre Armentières."),
        ("01net.com", "01-12 13:25", "Quimper : l'hôpital victime d'une cyberattaque, les consultations perturbées",
         "Le centre hospitalier de Cornouaille a isolé son système d'information ; l'ANSSI et le CERT Santé dépêchent des équipes sur place."),
        ("lefigaro.fr", "01-12 16:50", "Finistère : nouvel hôpital visé par un rançongiciel",
         "Après Armentières, c'est au tour du centre hospitalier de Cornouaille, à Quimper et Concarneau, de subir une attaque informatique."),
        ("next.ink", "01-13 10:00", "CH de Cornouaille : des opérations déprogrammées au lendemain de l'attaque",
         "L'hôpital de Quimper a reporté une quarantaine d'interventions non urgentes et transfère certaines analyses de biologie vers le CHU de Brest."),
    ]),
    # ---------------------------------------------- Patch Tuesday, January
    ("patch-tuesday-jan", "fresh83", [
        ("lemondeinformatique.fr", "01-13 19:20", "Patch Tuesday de janvier : Microsoft corrige 112 vulnérabilités",
         "Le premier lot de correctifs de l'année comble 112 failles dans Windows, Office et Exchange, dont trois zero-day déjà exploitées."),
        ("zdnet.fr", "01-13 21:10", "Microsoft : trois zero-day colmatées pour démarrer 2026",
         "Les mises à jour de sécurité de janvier de Microsoft corrigent 112 vulnérabilités, dont trois exploitées activement, notamment dans Hyper-V."),
        ("itforbusiness.fr", "01-14 08:40", "Patch Tuesday : un mois de janvier chargé pour les administrateurs",
         "Avec 112 correctifs dont 8 critiques, le Patch Tuesday de janvier impose de traiter en priorité les failles d'Hyper-V et du noyau Windows."),
    ]),
    # ---------------------------------------------- S3NS qualified SecNumCloud
    ("s3ns-secnumcloud", "fresh83", [
        ("lemagit.fr", "01-14 09:00", "S3NS obtient enfin la qualification SecNumCloud",
         "La coentreprise de Thales et Google Cloud décroche le visa de l'ANSSI pour son offre de cloud de confiance, après plus de deux ans de procédure."),
        ("silicon.fr", "01-14 11:30", "Cloud de confiance : l'ANSSI qualifie l'offre de Thales et Google",
         "L'offre PREMI3NS de S3NS est qualifiée SecNumCloud 3.2, ce qui lui ouvre les marchés des administrations et des opérateurs d'importance vitale."),
        ("usine-digitale.fr", "01-14 14:15", "SecNumCloud : feu vert de l'ANSSI pour S3NS",
         "Thales et Google Cloud obtiennent la qualification de leur coentreprise, une première pour une offre reposant sur la technologie d'un hyperscaler américain."),
    ]),
    # ---------------------------------------------- Chrome zero-day, January
    ("chrome-zero-day-jan", "fresh83", [
        ("01net.com", "01-15 10:20", "Chrome : mettez à jour d'urgence, une faille est déjà exploitée",
         "Google corrige la CVE-2026-0421, une vulnérabilité du moteur JavaScript V8 exploitée par des pirates, avec la version 144 de Chrome."),
        ("frandroid.com", "01-15 14:45", "Google Chrome corrige sa première zero-day de l'année",
         "La mise à jour 144.0.7321.98 de Chrome comble une faille de type confusion dans V8 que Google sait exploitée."),
    ]),
    # ---------------------------------------------- ZDNet weekly roundup, week 3
    ("zdnet-weekly-w03", "fresh83", [
        ("zdnet.fr", "01-16 16:00", "Cybersécurité : l'essentiel de la semaine (16 janvier)",
         "Hôpital de Quimper, Patch Tuesday de janvier, S3NS qualifiée SecNumCloud : les informations cyber à retenir cette semaine."),
    ]),
    # ---------------------------------------------- SMS phishing wave using the Ameli lure
    ("ameli-sms-phishing", "fresh83", [
        ("01net.com", "01-19 08:50", "Faux remboursements Ameli : une vague d'hameçonnage par SMS en cours",
         "Cybermalveillance.gouv.fr signale une campagne de SMS frauduleux promettant un remboursement de l'Assurance maladie pour dérober les coordonnées bancaires."),
    ]),
    # ---------------------------------------------- France Travail data leak
    ("france-travail-leak", "fresh83", [
        ("lemondeinformatique.fr", "01-20 08:15", "France Travail victime d'une nouvelle fuite de données",
         "L'opérateur public de l'emploi annonce qu'un attaquant a consulté les dossiers de 1,2 million de demandeurs d'emploi via le compte d'un partenaire."),
        ("numerama.com", "01-20 10:00", "1,2 million de demandeurs d'emploi concernés par une fuite chez France Travail",
         "Noms, numéros de sécurité sociale, adresses : France Travail confirme l'exfiltration de données personnelles et va prévenir les personnes touchées."),
        ("bfmtv.com", "01-20 12:30", "Piratage de France Travail : les données de plus d'un million d'inscrits dérobées",
         "L'établissement a porté plainte et saisi la CNIL après l'intrusion, détectée le 16 janvier."),
        ("lefigaro.fr", "01-20 15:10", "Cyberattaque : le service public de l'emploi à nouveau dans le viseur des pirates",
         "Deux ans après la fuite massive de 2024, France Travail signale une intrusion touchant environ 1,2 million de personnes."),
        ("01net.com", "01-20 17:45", "Fuite de données France Travail : ce qu'il faut faire si vous êtes concerné",
         "Hameçonnage, usurpation d'identité : nos conseils après la fuite qui touche un million deux cent mille inscrits."),
        ("next.ink", "01-21 09:30", "France Travail : l'intrusion est passée par un compte de partenaire compromis",
         "Selon les premiers éléments de l'enquête, les pirates ont utilisé les identifiants volés d'un conseiller d'un organisme partenaire, sans double authentification."),
    ]),
    # ---------------------------------------------- FortiOS SSL-VPN flaw
    ("fortinet-fortios-cve", "fresh83", [
        ("lemagit.fr", "01-21 08:00", "Fortinet : une faille critique dans FortiOS exploitée",
         "Fortinet publie en urgence un correctif pour la CVE-2026-2210, un contournement d'authentification de l'interface SSL-VPN de FortiOS déjà exploité."),
        ("lemondeinformatique.fr", "01-21 11:40", "Alerte du CERT-FR sur les pare-feu Fortinet",
         "Le CERT-FR a publié une alerte sur la CVE-2026-2210 qui touche FortiOS et FortiProxy et recommande de rechercher des traces de compromission."),
        ("itforbusiness.fr", "01-21 16:20", "FortiOS : pourquoi il faut patcher vos pare-feu maintenant",
         "Plus de 40 000 équipements FortiGate exposés en Europe seraient vulnérables, selon la fondation Shadowserver."),
    ]),
    # ---------------------------------------------- CNIL fines Intersport
    ("cnil-intersport-fine", "fresh83", [
        ("next.ink", "01-22 09:00", "La CNIL inflige 8 millions d'euros d'amende à Intersport",
         "Le gendarme des données personnelles sanctionne l'enseigne pour des manquements à la sécurité révélés par la fuite des données de ses clients fidélité en 2024."),
        ("zdnet.fr", "01-22 11:30", "Fuite de données : Intersport sanctionné par la CNIL",
         "8 M€ : la CNIL reproche au distributeur d'articles de sport des mots de passe trop faibles et l'absence de journalisation des accès."),
        ("lesechos.fr", "01-22 14:00", "Cybersécurité : lourde amende pour Intersport",
         "La CNIL frappe l'enseigne de 8 millions d'euros, l'une des plus fortes sanctions prononcées en France pour défaut de sécurité des données."),
    ]),
    # ---------------------------------------------- Clubic weekly VPN deals, week 4
    ("clubic-vpn-deals-w04", "fresh83", [
        ("clubic.com", "01-22 07:30", "Bons plans VPN de la semaine : NordVPN et Surfshark à prix cassés",
         "Chaque jeudi, notre sélection des meilleures offres VPN : jusqu'à 74 % de remise sur les abonnements de deux ans."),
    ]),
    # ---------------------------------------------- 7-Zip flaw
    ("7zip-flaw", "fresh83", [
        ("01net.com", "01-23 09:40", "7-Zip : une faille permet d'exécuter du code avec une simple archive",
         "La CVE-2026-1190 permet à un pirate d'exécuter un programme en faisant ouvrir une archive piégée ; la version 25.02 corrige le problème."),
        ("clubic.com", "01-23 13:10", "Vous utilisez 7-Zip ? Mettez-le à jour sans attendre",
         "Le célèbre logiciel de compression gratuit corrige une vulnérabilité grave, et il ne se met pas à jour tout seul."),
    ]),
    # ---------------------------------------------- DDoS on La Poste, claimed by NoName057(16)
    ("la-poste-ddos", "fresh83", [
        ("bfmtv.com", "01-26 10:05", "La Poste : les sites et l'appli inaccessibles après une cyberattaque",
         "Le site laposte.fr, La Banque Postale et le suivi des colis sont perturbés depuis lundi matin par une attaque par déni de service."),
        ("01net.com", "01-26 13:30", "Attaque DDoS contre La Poste : les services en ligne tombent",
         "Le groupe confirme une attaque par déni de service distribué visant ses services numériques ; aucune donnée client n'aurait été dérobée."),
        ("numerama.com", "01-27 09:15", "Les hackers prorusses de NoName057(16) revendiquent l'attaque contre La Poste",
         "Le collectif affirme sur Telegram être à l'origine de la saturation des sites du groupe lundi, en représailles au soutien français à l'Ukraine."),
    ]),
    # ---------------------------------------------- iOS 26.2.1 fixes a WebKit zero-day
    ("apple-ios-2621-zero-day", "fresh83", [
        ("frandroid.com", "01-27 19:30", "iOS 26.2.1 : Apple corrige une faille zero-day de WebKit",
         "Apple publie une mise à jour de sécurité pour l'iPhone qui comble la CVE-2026-20701, une faille du moteur WebKit « peut-être exploitée » contre des cibles précises."),
        ("01net.com", "01-27 21:00", "iPhone : installez iOS 26.2.1 au plus vite",
         "La firme de Cupertino corrige une vulnérabilité déjà exploitée qui permet d'exécuter du code via une page Web piégée."),
        ("lesnumeriques.com", "01-28 08:20", "Apple colmate une brèche de Safari exploitée par des logiciels espions",
         "La mise à jour, également déclinée pour macOS et iPadOS, corrige une faille de WebKit signalée par le Threat Analysis Group de Google."),
    ]),
    # ---------------------------------------------- Europol's Operation Endgame, third phase
    ("europol-endgame", "fresh83", [
        ("zdnet.fr", "01-28 10:00", "Opération Endgame : Europol démantèle trois botnets",
         "Une opération internationale coordonnée par Europol et Eurojust a neutralisé les infrastructures des chargeurs de logiciels malveillants Bumblebee, Latrodectus et DanaBot."),
        ("numerama.com", "01-28 12:30", "300 serveurs saisis : coup de filet mondial contre les botnets",
         "Les polices de sept pays, dont la France, ont mis hors ligne quelque 300 serveurs utilisés pour diffuser des rançongiciels."),
        ("lemondeinformatique.fr", "01-28 15:00", "Endgame : nouvelle offensive policière contre les botnets",
         "La troisième phase de l'opération Endgame a permis l'émission de vingt mandats d'arrêt et la saisie de 3,5 millions d'euros en cryptoactifs."),
        ("next.ink", "01-29 08:30", "La part de la France dans le coup de filet européen contre les chargeurs de malwares",
         "Le parquet de Paris et la gendarmerie ont saisi une quarantaine de serveurs hébergés en France lors de l'opération coordonnée par Europol."),
    ]),
    # ---------------------------------------------- FFF data leak
    ("fff-leak", "fresh83", [
        ("numerama.com", "01-29 09:45", "La Fédération française de football victime d'une fuite de données",
         "Les données de 1,8 million de licenciés, dont des mineurs, ont été dérobées via un compte utilisé par un club, a annoncé la FFF."),
        ("lefigaro.fr", "01-29 12:20", "Piratage de la FFF : les données de près de 2 millions de licenciés dans la nature",
         "Noms, dates de naissance, adresses et numéros de licence : la fédération a déposé plainte après une cyberattaque."),
        ("bfmtv.com", "01-29 16:00", "Fuite de données à la FFF : « un compte compromis » à l'origine de l'attaque",
         "La fédération explique qu'un identifiant d'un club amateur a servi à extraire le fichier des licenciés de son logiciel de gestion."),
        ("01net.com", "01-30 07:50", "Licenciés de football : attention aux arnaques après la fuite",
         "Après le vol des données de 1,8 million de licenciés de la Fédération française de football, les tentatives d'hameçonnage se multiplient."),
    ]),
    # ---------------------------------------------- Wallix 2025 revenue
    ("wallix-revenue-2025", "fresh83", [
        ("channelnews.fr", "01-29 17:40", "Wallix dépasse les 40 millions d'euros de chiffre d'affaires",
         "L'éditeur français de gestion des accès à privilèges publie un chiffre d'affaires 2025 de 40,6 millions d'euros, en hausse de 14 %."),
    ]),
    # ---------------------------------------------- ZDNet weekly roundup, week 5
    ("zdnet-weekly-w05", "fresh83", [
        ("zdnet.fr", "01-30 16:00", "Cybersécurité : l'essentiel de la semaine (30 janvier)",
         "Attaque contre La Poste, opération Endgame, fuite à la FFF : les informations cyber à retenir cette semaine."),
    ]),
    # ---------------------------------------------- ransomware at Saint-Nazaire
    ("ransomware-saint-nazaire", "fresh83", [
        ("lemagit.fr", "02-02 08:45", "Saint-Nazaire : la mairie frappée par un rançongiciel",
         "La ville et son agglomération ont coupé leurs réseaux dimanche après le chiffrement de plusieurs serveurs ; l'état civil et les inscriptions scolaires sont à l'arrêt."),
        ("zdnet.fr", "02-02 12:10", "Cyberattaque contre la ville de Saint-Nazaire et la Carene",
         "Les services municipaux et communautaires de Saint-Nazaire fonctionnent en mode dégradé après une attaque informatique par rançongiciel."),
        ("lefigaro.fr", "02-02 17:30", "Loire-Atlantique : une ville de 70 000 habitants paralysée par des pirates",
         "La commune a porté plainte après une cyberattaque qui prive ses agents de messagerie et de logiciels métier."),
        ("bfmtv.com", "02-03 10:20", "« Nous ne paierons pas » : le maire de Saint-Nazaire refuse la rançon",
         "Au lendemain de l'attaque, le maire assure que la ville ne cédera pas au chantage des pirates, qui réclament 1,5 million d'euros."),
    ]),
    # ---------------------------------------------- LeMagIT monthly ransomware tally, January
    ("lemagit-ransomware-tally-jan", "fresh83", [
        ("lemagit.fr", "02-03 07:00", "Rançongiciels : le bilan de janvier 2026",
         "Qilin, Akira et Safepay en tête : notre décompte mensuel recense 52 victimes revendiquées en France en janvier, dont deux hôpitaux."),
    ]),
    # ---------------------------------------------- iOS 26.3 fixes two kernel zero-days
    ("apple-ios-263-zero-days", "fresh83", [
        ("frandroid.com", "02-03 19:15", "iOS 26.3 est disponible : deux nouvelles failles zero-day corrigées",
         "Une semaine après iOS 26.2.1, Apple publie iOS 26.3, qui comble deux vulnérabilités du noyau exploitées, en plus de nouveautés pour les AirPods."),
        ("numerama.com", "02-04 08:00", "Faites la mise à jour iOS 26.3 de votre iPhone",
         "Apple corrige deux failles du noyau déjà exploitées dans des « attaques extrêmement sophistiquées » contre des individus ciblés."),
    ]),
    # ---------------------------------------------- ransomware at the Sarreguemines agglomeration
    ("ransomware-sarreguemines", "fresh83", [
        ("lemagit.fr", "02-04 09:30", "La communauté d'agglomération Sarreguemines Confluences victime d'un rançongiciel",
         "Deux jours après Saint-Nazaire, l'agglomération mosellane a vu ses serveurs chiffrés ; le groupe Safepay revendique l'attaque."),
        ("clubic.com", "02-04 14:00", "Moselle : l'agglomération de Sarreguemines paralysée par une cyberattaque",
         "Messagerie, paie, médiathèques : les services des 38 communes de Sarreguemines Confluences sont perturbés."),
    ]),
    # ---------------------------------------------- ANSSI's 2025 threat overview
    ("anssi-panorama-2025", "fresh83", [
        ("silicon.fr", "02-05 08:30", "L'ANSSI publie son panorama de la cybermenace 2025",
         "L'agence a traité 4 386 événements de sécurité en 2025, en hausse de 9 %, et compte 144 attaques par rançongiciel portées à sa connaissance."),
        ("lemondeinformatique.fr", "02-05 10:50", "Cybermenace : l'ANSSI s'inquiète de l'espionnage et des rançongiciels",
         "Dans son panorama annuel, l'agence nationale pointe la hausse des attaques contre les équipements de bordure comme les VPN et les pare-feu."),
        ("next.ink", "02-05 14:30", "144 rançongiciels et des VPN en première ligne : la menace vue par l'ANSSI",
         "Les collectivités et les établissements de santé restent parmi les victimes les plus fréquentes, selon le rapport annuel de l'agence."),
        ("usine-digitale.fr", "02-05 17:00", "Ce que dit le rapport annuel de l'ANSSI sur les menaces en France",
         "Hausse des incidents, montée de l'espionnage d'origine chinoise, rançongiciels stables : les chiffres clés de la menace en 2025."),
    ]),
    # ---------------------------------------------- Clubic weekly VPN deals, week 6
    ("clubic-vpn-deals-w06", "fresh83", [
        ("clubic.com", "02-05 07:30", "Bons plans VPN de la semaine : Proton VPN et CyberGhost en promotion",
         "Chaque jeudi, notre sélection des meilleures offres VPN : l'abonnement de deux ans de CyberGhost passe sous les 2 euros par mois."),
    ]),
    # ---------------------------------------------- Fortinet quarterly results
    ("fortinet-results-q4", "fresh83", [
        ("lemondeinformatique.fr", "02-06 07:20", "Fortinet termine 2025 sur une croissance de 14 %",
         "Le fournisseur de pare-feu affiche un chiffre d'affaires annuel de 6,8 milliards de dollars, porté par les ventes de SASE et de services."),
    ]),
    # ---------------------------------------------- Armed forces ministry X account hijacked
    ("armees-x-account-hijack", "fresh83", [
        ("lefigaro.fr", "02-06 18:30", "Le compte X du ministère des Armées piraté pendant deux heures",
         "Des pirates ont publié de faux messages promouvant une cryptomonnaie sur le compte officiel du ministère ; le parquet de Paris a ouvert une enquête."),
    ]),
    # ---------------------------------------------- ransomware at the University of Rouen
    ("ransomware-univ-rouen", "fresh83", [
        ("lemagit.fr", "02-09 09:00", "L'université de Rouen Normandie touchée par un rançongiciel",
         "L'établissement a coupé l'accès à son environnement numérique de travail et à la messagerie après une attaque détectée samedi."),
        ("numerama.com", "02-09 15:20", "Plus d'ENT ni de messagerie : une université normande cyberattaquée",
         "Les 30 000 étudiants de l'université de Rouen Normandie sont privés de services en ligne en pleine période d'examens."),
    ]),
    # ---------------------------------------------- Patch Tuesday, February
    ("patch-tuesday-feb", "fresh83", [
        ("lemondeinformatique.fr", "02-10 19:05", "Patch Tuesday de février : 63 vulnérabilités corrigées par Microsoft",
         "Le lot de février comble 63 failles, dont deux zero-day exploitées dans le pilote Winsock et le service de stockage de Windows."),
        ("zdnet.fr", "02-10 20:50", "Microsoft : deux zero-day corrigées ce mois-ci",
         "Les mises à jour de sécurité de février de Microsoft colmatent 63 vulnérabilités, dont deux activement exploitées."),
        ("silicon.fr", "02-11 08:10", "Patch Tuesday : un mois de février plus calme",
         "Microsoft corrige 63 failles en février, moitié moins qu'en janvier ; deux sont déjà exploitées."),
    ]),
    # ---------------------------------------------- SNCF Connect data leak
    ("sncf-connect-leak", "fresh83", [
        ("linforme.com", "02-11 06:15", "SNCF Connect : les données de millions de voyageurs aspirées",
         "Selon nos informations, un pirate a extrait les noms, e-mails et historiques de trajets de 5 millions de clients de SNCF Connect via une interface de programmation mal protégée."),
        ("bfmtv.com", "02-11 09:30", "Fuite de données chez SNCF Connect, selon L'Informé",
         "Les informations de cinq millions de clients de la plateforme de réservation de la SNCF auraient été dérobées, rapporte L'Informé."),
        ("numerama.com", "02-11 12:00", "SNCF Connect confirme une fuite de données, les cartes bancaires épargnées",
         "La filiale de la SNCF reconnaît un accès illégitime à des données clients mais assure qu'aucun moyen de paiement n'a été compromis."),
        ("01net.com", "02-11 15:40", "Vos billets de train ont peut-être fuité : ce qu'il faut savoir",
         "Nom, e-mail, trajets, numéro de carte Avantage : ce que contient la base volée et comment se protéger des arnaques qui vont suivre."),
        ("lefigaro.fr", "02-12 08:00", "SNCF Connect : la fuite venait d'une API de test restée ouverte",
         "Au lendemain de la révélation du vol des données de 5 millions de voyageurs, l'entreprise explique qu'une interface de recette était accessible sans authentification."),
    ]),
    # ---------------------------------------------- Thales threat intelligence report
    ("thales-threat-report", "fresh83", [
        ("journaldunet.com", "02-12 10:00", "Thales : l'Europe plus ciblée que jamais par les cyberattaquants",
         "Le rapport annuel de Thales recense 1 900 attaques significatives contre des organisations européennes en 2025, dont 40 % motivées par l'espionnage."),
    ]),
    # ---------------------------------------------- Air France-KLM Flying Blue leak
    ("air-france-klm-leak", "fresh83", [
        ("lefigaro.fr", "02-13 09:20", "Air France-KLM alerte ses clients Flying Blue d'une fuite de données",
         "La compagnie prévient des membres de son programme de fidélité que leurs noms, e-mails et soldes de miles ont été consultés via un prestataire de service client."),
        ("clubic.com", "02-13 13:45", "Après SNCF Connect, c'est au tour d'Air France-KLM de subir une fuite",
         "Le groupe aérien reconnaît qu'un sous-traitant a été piraté ; les données de paiement ne sont pas concernées."),
    ]),
    # ---------------------------------------------- out-of-band SharePoint fix
    ("microsoft-sharepoint-oob", "fresh83", [
        ("lemagit.fr", "02-16 07:30", "SharePoint : Microsoft publie un correctif d'urgence pour une zero-day",
         "Hors de son cycle mensuel, Microsoft corrige la CVE-2026-21894, une faille d'exécution de code à distance dans SharePoint Server exploitée depuis le 12 février."),
        ("silicon.fr", "02-16 10:15", "Le géant de Redmond colmate en urgence une faille de SharePoint",
         "Moins d'une semaine après le Patch Tuesday, Microsoft publie un correctif hors bande pour les serveurs SharePoint installés sur site."),
        ("lemondeinformatique.fr", "02-16 13:00", "Le CERT-FR alerte sur l'exploitation d'une faille SharePoint",
         "Le CERT-FR signale des compromissions en France liées à la CVE-2026-21894 et recommande d'isoler les serveurs SharePoint exposés."),
        ("01net.com", "02-16 18:00", "Serveurs SharePoint piratés : des centaines d'organisations touchées",
         "La vulnérabilité corrigée dimanche en urgence par Microsoft a déjà permis de compromettre plus de 400 serveurs dans le monde."),
    ]),
    # ---------------------------------------------- Sekoia.io raises 45 million euros
    ("sekoia-funding", "fresh83", [
        ("lesechos.fr", "02-17 06:00", "Cybersécurité : Sekoia.io lève 45 millions d'euros",
         "La start-up parisienne, qui édite une plateforme de détection des menaces, boucle un tour de table mené par Bpifrance et Eurazeo pour accélérer en Europe."),
        ("usine-digitale.fr", "02-17 09:40", "Sekoia.io boucle une série B de 45 millions pour sa plateforme SOC",
         "Le spécialiste français du renseignement sur les menaces veut doubler ses effectifs et s'implanter en Allemagne."),
    ]),
    # ---------------------------------------------- Filigran raises 58 million dollars
    ("filigran-funding", "fresh83", [
        ("latribune.fr", "02-17 07:30", "Filigran, l'éditeur d'OpenCTI, lève 58 millions de dollars",
         "La pépite française de la cybersécurité réalise une série C menée par le fonds américain Insight Partners et ouvre des bureaux à New York."),
        ("silicon.fr", "02-17 11:20", "Threat intelligence : Filigran décroche 58 millions de dollars",
         "L'éditeur de la plateforme open source OpenCTI lève des fonds pour étendre son offre de simulation d'attaques."),
    ]),
    # ---------------------------------------------- Chrome zero-day, February
    ("chrome-zero-day-feb", "fresh83", [
        ("01net.com", "02-18 09:10", "Chrome : Google corrige une deuxième faille zero-day en 2026",
         "La version 145 de Chrome comble la CVE-2026-1862, une faille du composant graphique Skia que Google sait exploitée."),
        ("clubic.com", "02-18 14:30", "Nouvelle mise à jour urgente pour Google Chrome",
         "Un mois après une première zero-day, le navigateur doit à nouveau être mis à jour pour contrer une vulnérabilité déjà utilisée par des pirates."),
    ]),
    # ---------------------------------------------- Palo Alto Networks quarterly results
    ("palo-alto-results", "fresh83", [
        ("lemondeinformatique.fr", "02-18 22:30", "Palo Alto Networks relève ses prévisions annuelles",
         "Le spécialiste américain de la sécurité réseau publie un chiffre d'affaires trimestriel de 2,6 milliards de dollars, en hausse de 15 %."),
    ]),
    # ---------------------------------------------- Tehtris job cuts
    ("tehtris-job-cuts", "fresh83", [
        ("linforme.com", "02-19 06:30", "Tehtris prépare un plan social",
         "Selon nos informations, l'éditeur bordelais de cybersécurité va supprimer une cinquantaine de postes, soit près d'un tiers de ses effectifs."),
        ("lemondeinformatique.fr", "02-19 11:00", "Tehtris va se séparer de 50 salariés, selon L'Informé",
         "L'éditeur français d'EDR engage un plan de sauvegarde de l'emploi visant 50 postes, faute d'avoir bouclé une levée de fonds."),
        ("channelnews.fr", "02-19 15:00", "Plan de départs chez le spécialiste girondin de l'EDR",
         "Tehtris confirme la suppression d'environ cinquante emplois et recentre son activité sur ses clients européens."),
    ]),
    # ---------------------------------------------- ZDNet weekly roundup, week 8
    ("zdnet-weekly-w08", "fresh83", [
        ("zdnet.fr", "02-20 16:00", "Cybersécurité : l'essentiel de la semaine (20 février)",
         "Correctif d'urgence pour SharePoint, levées de fonds de Sekoia.io et Filigran, plan social chez Tehtris : les informations cyber à retenir."),
    ]),
    # ---------------------------------------------- NoName057(16) DDoS on city websites
    ("noname-ddos-cities", "fresh83", [
        ("bfmtv.com", "02-23 11:00", "Des sites de mairies inaccessibles après une attaque de hackers prorusses",
         "Les sites internet de Marseille, Nice, Lille et d'une dizaine d'autres villes ont été saturés lundi par une attaque par déni de service revendiquée par NoName057(16)."),
        ("numerama.com", "02-23 15:30", "NoName057(16) s'en prend aux sites des grandes villes françaises",
         "Le groupe prorusse a visé une quinzaine de sites municipaux ; les perturbations n'ont duré que quelques heures."),
    ]),
    # ---------------------------------------------- Stormshield SNS 5 launch
    ("stormshield-sns5-launch", "fresh83", [
        ("channelnews.fr", "02-24 09:00", "Stormshield lance la version 5 de son système pour pare-feu",
         "Le fabricant français, filiale d'Airbus, lance SNS 5.0, qui ajoute un accès ZTNA et une console d'administration dans le cloud."),
        ("itforbusiness.fr", "02-24 14:00", "Pare-feu : Stormshield muscle son offre avec SNS 5",
         "La nouvelle version du système des pare-feu Stormshield intègre l'accès zero trust et une détection des menaces assistée par IA."),
    ]),
    # ---------------------------------------------- ShinyHunters suspects arrested in France
    ("shinyhunters-arrests", "fresh83", [
        ("numerama.com", "02-25 09:00", "Quatre membres présumés de ShinyHunters interpellés en France",
         "La brigade de lutte contre la cybercriminalité a arrêté quatre jeunes hommes soupçonnés d'appartenir au groupe de pirates à l'origine de vols de données massifs."),
        ("lemondeinformatique.fr", "02-25 11:30", "ShinyHunters : coup de filet de la police française",
         "Les suspects, âgés de 19 à 24 ans, sont soupçonnés d'avoir participé au piratage de bases de données d'entreprises via des instances Salesforce."),
        ("lefigaro.fr", "02-25 14:45", "Qui sont les hackers de ShinyHunters arrêtés en Normandie et en Île-de-France ?",
         "Quatre pirates présumés ont été interpellés par la BL2C ; ils auraient revendu des données volées à de grandes entreprises."),
        ("next.ink", "02-26 08:00", "ShinyHunters : les quatre suspects mis en examen",
         "Au lendemain de leurs interpellations, les quatre pirates présumés ont été mis en examen et deux d'entre eux placés en détention provisoire."),
    ]),
    # ---------------------------------------------- Intersport appeals the CNIL fine
    ("intersport-appeal", "fresh83", [
        ("next.ink", "02-26 14:00", "Intersport conteste son amende de 8 millions d'euros devant le Conseil d'État",
         "Le distributeur a déposé un recours contre la sanction prononcée en janvier par la CNIL, qu'il juge disproportionnée."),
        ("zdnet.fr", "02-26 17:20", "Sanction de la CNIL : Intersport fait appel",
         "L'enseigne demande l'annulation de l'amende liée à la fuite de données de ses clients fidélité."),
    ]),
    # ---------------------------------------------- OpenSSH remote code execution flaw
    ("openssh-flaw", "fresh83", [
        ("next.ink", "02-27 09:00", "OpenSSH : une faille permet de prendre le contrôle de serveurs Linux",
         "Les chercheurs de Qualys révèlent une vulnérabilité d'exécution de code à distance dans le démon sshd, corrigée par la version 10.3 d'OpenSSH."),
        ("zdnet.fr", "02-27 11:45", "Vulnérabilité critique dans OpenSSH : les distributions Linux publient des correctifs",
         "Debian, Ubuntu et Red Hat diffusent des mises à jour pour la CVE-2026-3044, exploitable sans authentification."),
        ("lemagit.fr", "02-27 15:20", "OpenSSH 10.3 comble une faille découverte par Qualys",
         "La CVE-2026-3044, une situation de compétition dans sshd, rappelle regreSSHion ; plusieurs millions de serveurs exposés sont concernés."),
    ]),
    # ---------------------------------------------- Defender flags Chrome as malware
    ("defender-false-positive-chrome", "fresh83", [
        ("lemondeinformatique.fr", "03-02 09:15", "Microsoft Defender signale Google Chrome comme un logiciel malveillant",
         "Une mise à jour des signatures de Defender for Endpoint a mis en quarantaine le navigateur sur des milliers de postes d'entreprise lundi matin."),
        ("silicon.fr", "03-02 12:00", "Faux positif géant : Defender bloque Chrome dans les entreprises",
         "Microsoft a retiré la signature fautive, mais les administrateurs doivent restaurer manuellement les fichiers mis en quarantaine."),
        ("next.ink", "03-02 16:30", "Quand l'antivirus de Microsoft prend Chrome pour un virus",
         "Une erreur de détection a supprimé le navigateur de Google sur de nombreux PC Windows ; l'éditeur présente ses excuses."),
    ]),
    # ---------------------------------------------- LeMagIT monthly ransomware tally, February
    ("lemagit-ransomware-tally-feb", "fresh83", [
        ("lemagit.fr", "03-03 07:00", "Rançongiciels : le bilan de février 2026",
         "Saint-Nazaire, Sarreguemines, Rouen : notre décompte mensuel recense 47 victimes revendiquées en France en février, dont trois collectivités."),
    ]),
    # ---------------------------------------------- Orange Cyberdefense buys Hackuity
    ("orange-cyberdefense-hackuity", "fresh83", [
        ("channelnews.fr", "03-03 08:30", "Orange Cyberdefense s'offre Hackuity",
         "La filiale cybersécurité d'Orange rachète l'éditeur lyonnais de gestion des vulnérabilités, qui compte 60 salariés."),
        ("lesechos.fr", "03-03 10:00", "Orange Cyberdefense poursuit ses emplettes dans la gestion des vulnérabilités",
         "Le groupe met la main sur la start-up lyonnaise Hackuity pour un montant estimé à 70 millions d'euros."),
    ]),
    # ---------------------------------------------- arrest of the FFF leak suspect
    ("fff-hacker-arrest", "fresh83", [
        ("bfmtv.com", "03-04 10:30", "Fuite de données à la FFF : un suspect de 19 ans interpellé à Lyon",
         "Un jeune homme soupçonné d'avoir volé les données de 1,8 million de licenciés de la Fédération française de football a été placé en garde à vue."),
        ("01net.com", "03-04 14:10", "Piratage de la FFF : l'auteur présumé arrêté",
         "Un mois après le vol du fichier des licenciés, les gendarmes ont interpellé un pirate présumé qui tentait de revendre les données."),
    ]),
    # ---------------------------------------------- Bleu qualified SecNumCloud
    ("bleu-secnumcloud", "fresh83", [
        ("lemagit.fr", "03-05 09:00", "Bleu décroche à son tour la qualification SecNumCloud",
         "Le cloud de confiance d'Orange et Capgemini, bâti sur les technologies de Microsoft Azure, obtient le visa de l'ANSSI, sept semaines après S3NS."),
        ("channelnews.fr", "03-05 14:30", "SecNumCloud : l'ANSSI qualifie Bleu",
         "La coentreprise d'Orange et Capgemini peut désormais proposer Microsoft 365 et Azure aux administrations sensibles."),
    ]),
    # ---------------------------------------------- Clubic weekly VPN deals, week 10
    ("clubic-vpn-deals-w10", "fresh83", [
        ("clubic.com", "03-05 07:30", "Bons plans VPN de la semaine : Surfshark casse ses prix pour le printemps",
         "Chaque jeudi, notre sélection des meilleures offres VPN : Surfshark, NordVPN et ExpressVPN en promotion jusqu'à dimanche."),
    ]),
    # ---------------------------------------------- My Renault app API flaw
    ("my-renault-api-flaw", "fresh83", [
        ("frandroid.com", "03-06 10:30", "Une faille dans l'application My Renault permettait de localiser des voitures",
         "Des chercheurs en sécurité ont découvert qu'une API de l'application renvoyait la position de véhicules connectés à partir de leur seul numéro de série ; Renault a corrigé la faille."),
    ]),
    # ---------------------------------------------- flaw in Stormshield SNS 5
    ("stormshield-sns5-flaw", "fresh83", [
        ("lemagit.fr", "03-09 08:20", "Stormshield corrige une faille critique dans SNS 5",
         "Deux semaines après sa sortie, la version 5.0 du système des pare-feu Stormshield présente une vulnérabilité de contournement d'authentification sur son portail ZTNA."),
        ("lemondeinformatique.fr", "03-09 13:15", "Pare-feu Stormshield : le CERT-FR recommande d'appliquer la version 5.0.2",
         "La CVE-2026-3391 permet à un attaquant non authentifié d'accéder à l'interface d'administration des boîtiers SNS 5.0."),
    ]),
    # ---------------------------------------------- Patch Tuesday, March
    ("patch-tuesday-mar", "fresh83", [
        ("lemondeinformatique.fr", "03-10 19:00", "Patch Tuesday de mars : Microsoft corrige 78 vulnérabilités",
         "Le lot de correctifs de mars comble 78 failles, dont quatre zero-day exploitées, notamment dans le noyau Windows et le moteur MSHTML."),
        ("zdnet.fr", "03-10 20:40", "Microsoft : quatre zero-day corrigées ce mois-ci",
         "Les mises à jour de sécurité de mars de Microsoft colmatent 78 vulnérabilités, dont quatre activement exploitées."),
        ("silicon.fr", "03-11 08:00", "Patch Tuesday : quatre failles déjà exploitées au menu de mars",
         "Microsoft publie 78 correctifs ; les administrateurs doivent traiter en priorité les failles du noyau et de MSHTML."),
        ("itforbusiness.fr", "03-11 10:30", "Patch Tuesday de mars : les correctifs à déployer en priorité",
         "Noyau Windows, MSHTML, Excel : notre sélection parmi les soixante-dix-huit vulnérabilités corrigées par Microsoft ce mois-ci."),
    ]),
    # ---------------------------------------------- Google closes the Wiz acquisition
    ("google-wiz-closing", "fresh83", [
        ("lesechos.fr", "03-11 06:30", "Google finalise le rachat de Wiz pour 32 milliards de dollars",
         "Après le feu vert de la Commission européenne, le géant de Mountain View boucle la plus grosse acquisition de son histoire, dans la sécurité du cloud."),
        ("usine-digitale.fr", "03-11 09:00", "Wiz rejoint officiellement Google Cloud",
         "La start-up israélienne de sécurité du cloud intègre Google Cloud un an après l'annonce de l'opération à 32 milliards de dollars."),
        ("journaldunet.com", "03-11 12:15", "Rachat de Wiz : ce qui change pour les clients AWS et Azure",
         "Google promet que la plateforme de Wiz restera compatible avec les clouds concurrents ; les clients s'interrogent sur la feuille de route."),
        ("silicon.fr", "03-11 15:30", "32 milliards : Alphabet referme le dossier Wiz",
         "L'acquisition est désormais effective, au terme d'un an d'examens par les autorités de concurrence."),
    ]),
    # ---------------------------------------------- ANSSI post-quantum recommendations
    ("anssi-post-quantum", "fresh83", [
        ("silicon.fr", "03-12 09:30", "Post-quantique : l'ANSSI fixe un calendrier de migration",
         "L'agence recommande des algorithmes hybrides post-quantiques dans les nouveaux produits dès 2027 et l'abandon de RSA et des courbes elliptiques seules d'ici 2030."),
        ("next.ink", "03-12 14:00", "Cryptographie post-quantique : l'ANSSI met à jour ses recommandations",
         "Dans un nouvel avis, l'ANSSI détaille les mécanismes ML-KEM et ML-DSA qu'elle juge acceptables et la transition qu'elle attend des industriels."),
    ]),
    # ---------------------------------------------- Cybermalveillance.gouv.fr annual report
    ("cybermalveillance-report", "fresh83", [
        ("01net.com", "03-12 07:45", "L'hameçonnage reste la première menace pour les particuliers",
         "Dans son rapport d'activité 2025, Cybermalveillance.gouv.fr a reçu 5,2 millions de visiteurs et l'hameçonnage arrive en tête des demandes d'assistance."),
    ]),
    # ---------------------------------------------- ZDNet weekly roundup, week 11
    ("zdnet-weekly-w11", "fresh83", [
        ("zdnet.fr", "03-13 16:00", "Cybersécurité : l'essentiel de la semaine (13 mars)",
         "Patch Tuesday de mars, Google finalise le rachat de Wiz, faille dans les pare-feu Stormshield : les informations cyber à retenir."),
    ]),
    # ---------------------------------------------- Tehtris in receivership
    ("tehtris-receivership", "fresh83", [
        ("lesechos.fr", "03-16 07:00", "Tehtris placé en redressement judiciaire",
         "Un mois après l'annonce d'un plan social, l'éditeur bordelais de cybersécurité a été placé en redressement judiciaire par le tribunal de commerce de Bordeaux."),
        ("lemagit.fr", "03-16 10:45", "Tehtris : le tribunal ouvre une procédure de redressement",
         "L'éditeur d'EDR dispose d'une période d'observation de six mois pour trouver un repreneur ; plusieurs acteurs européens seraient intéressés."),
    ]),
    # ---------------------------------------------- Ivanti EPMM flaws
    ("ivanti-epmm-cve", "fresh83", [
        ("lemagit.fr", "03-17 08:10", "Ivanti EPMM : deux failles enchaînées exploitées par des attaquants",
         "Ivanti corrige les CVE-2026-4410 et CVE-2026-4411 dans sa solution de gestion des terminaux mobiles, exploitées ensemble pour exécuter du code sans authentification."),
        ("zdnet.fr", "03-17 13:30", "Ivanti : encore des failles exploitées, cette fois dans EPMM",
         "Deux mois après ses passerelles VPN, l'éditeur doit corriger en urgence sa plateforme Endpoint Manager Mobile."),
    ]),
    # ---------------------------------------------- Clubic weekly VPN deals, week 12
    ("clubic-vpn-deals-w12", "fresh83", [
        ("clubic.com", "03-19 07:30", "Bons plans VPN de la semaine : NordVPN à moins de 3 euros par mois",
         "Chaque jeudi, notre sélection des meilleures offres VPN : NordVPN, Proton VPN et PIA en promotion."),
    ]),
    # ---------------------------------------------- Elsan patient data leak
    ("elsan-patient-leak", "fresh83", [
        ("zdnet.fr", "03-19 09:00", "Le groupe Elsan victime d'une fuite de données de patients",
         "Le premier groupe de cliniques privées en France annonce le vol des données de 750 000 patients via le logiciel d'un prestataire de prise de rendez-vous."),
        ("numerama.com", "03-19 11:40", "750 000 patients de cliniques privées concernés par une fuite de données",
         "Noms, numéros de sécurité sociale et motifs de consultation : Elsan confirme qu'un pirate a exfiltré des données de santé."),
        ("01net.com", "03-19 15:10", "Cliniques Elsan : vos données de santé ont peut-être fuité",
         "Le groupe va contacter les trois quarts de million de patients concernés ; voici les réflexes à adopter face aux tentatives d'arnaque."),
        ("lemondeinformatique.fr", "03-20 08:30", "Fuite chez Elsan : un prestataire de prise de rendez-vous en cause",
         "Le groupe de cliniques précise que l'attaquant a utilisé un compte d'administration de son sous-traitant, dépourvu de double authentification."),
    ]),
    # ---------------------------------------------- WordPress Post SMTP plugin flaw
    ("wordpress-post-smtp-flaw", "fresh83", [
        ("zdnet.fr", "03-20 10:15", "WordPress : une faille dans le plugin Post SMTP expose 400 000 sites",
         "Une vulnérabilité du populaire plugin d'envoi de courriels permet à un attaquant de prendre le contrôle des comptes administrateurs ; la version 3.4 la corrige."),
    ]),
    # ---------------------------------------------- ransomware at Bénéteau, claimed by Akira
    ("ransomware-beneteau", "fresh83", [
        ("lemagit.fr", "03-23 08:00", "Bénéteau victime d'un rançongiciel",
         "Le constructeur nautique vendéen a suspendu la production de plusieurs de ses chantiers après une cyberattaque détectée samedi."),
        ("lesechos.fr", "03-23 10:30", "Cyberattaque : le groupe Bénéteau à l'arrêt",
         "Le leader mondial des voiliers de plaisance a coupé ses systèmes informatiques ; plusieurs sites de production sont immobilisés."),
        ("01net.com", "03-23 14:20", "Rançongiciel : le chantier naval vendéen prend l'eau",
         "Usines à l'arrêt, salariés en chômage technique : le fabricant de bateaux de Saint-Gilles-Croix-de-Vie subit une attaque qui paralyse sa production."),
        ("zdnet.fr", "03-24 11:00", "Bénéteau : le groupe Akira revendique la cyberattaque",
         "Le gang de rançongiciel affirme avoir dérobé 200 Go de données au constructeur nautique, dont des contrats et des données de salariés."),
    ]),
    # ---------------------------------------------- Defender flags Zoom as malware
    ("defender-false-positive-zoom", "fresh83", [
        ("clubic.com", "03-24 12:00", "Microsoft Defender a encore frappé : Zoom mis en quarantaine par erreur",
         "Trois semaines après l'épisode Chrome, l'antivirus de Microsoft a détecté à tort le client Zoom comme malveillant sur des postes d'entreprise."),
    ]),
    # ---------------------------------------------- Cisco ASA flaw
    ("cisco-asa-cve", "fresh83", [
        ("lemondeinformatique.fr", "03-25 09:20", "Cisco alerte sur une faille critique de ses pare-feu ASA",
         "La CVE-2026-20352 permet d'exécuter du code à distance sur les pare-feu ASA et FTD dont le service VPN web est activé ; elle est déjà exploitée."),
        ("itforbusiness.fr", "03-25 15:00", "Pare-feu Cisco : le CERT-FR appelle à corriger en urgence",
         "Le CERT-FR signale l'exploitation active d'une vulnérabilité des équipements ASA et recommande de vérifier l'intégrité des boîtiers."),
    ]),
    # ---------------------------------------------- SMS-blaster scammers arrested in Paris
    ("sms-blaster-arrests", "fresh83", [
        ("bfmtv.com", "03-26 09:40", "Paris : deux hommes arrêtés avec une fausse antenne relais dans leur voiture",
         "Les suspects circulaient avec un « SMS blaster » qui envoyait des SMS frauduleux aux téléphones alentour en se faisant passer pour l'Assurance maladie."),
        ("lefigaro.fr", "03-26 13:15", "Arnaque aux SMS : une fausse antenne 4G saisie dans un véhicule",
         "Deux suspects ont été interpellés à Paris avec un équipement imitant une antenne relais pour diffuser des messages d'hameçonnage."),
    ]),
    # ---------------------------------------------- ZDNet weekly roundup, week 13
    ("zdnet-weekly-w13", "fresh83", [
        ("zdnet.fr", "03-27 16:00", "Cybersécurité : l'essentiel de la semaine (27 mars)",
         "Rançongiciel chez Bénéteau, faille Cisco ASA, fausse antenne relais à Paris : les informations cyber à retenir cette semaine."),
    ]),
    # ---------------------------------------------- pirate claims Fnac Darty data, the firm denies
    ("fnac-darty-claim", "fresh83", [
        ("01net.com", "03-30 10:00", "Un pirate affirme détenir les données de 2 millions de clients Darty",
         "Sur un forum cybercriminel, un vendeur propose une base présentée comme issue de Fnac Darty ; le groupe dit enquêter."),
        ("clubic.com", "03-30 15:30", "Fuite de données chez Fnac Darty ? Le groupe dément",
         "Le distributeur assure que la base mise en vente provient d'une ancienne compilation de fuites et non d'une intrusion dans ses systèmes."),
    ]),
    # ---------------------------------------------- CNIL annual count of breach notifications
    ("cnil-breach-notifications-2025", "fresh83", [
        ("next.ink", "03-31 09:00", "La CNIL a reçu 6 200 notifications de violations de données en 2025",
         "Le nombre de violations notifiées progresse de 20 %, porté par les attaques contre les sous-traitants, selon le bilan annuel de la CNIL."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
