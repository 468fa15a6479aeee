"""The 88th fresh labelled set (regulation and courts in digital: CNIL, DMA/DSA, competition, Arcom,
courts, laws, cloud sovereignty, age verification), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh88".
Positives: titles sharing few words with the rest of their story ("X paie l'addition", "Bleu voit la vie
en SecNumCloud", "Pas de TikTok avant 15 ans"); firms and institutions named by periphrasis in one article
("le géant de Cupertino", "la firme à la pomme", "le réseau social d'Elon Musk", "le gendarme des données
personnelles", "le régulateur de l'audiovisuel", "les Sages", "le géant chinois du e-commerce", "Bruxelles",
"Mountain View"); quotes as titles (« Une décision politique », « Disproportionnée »); explainers the next
day ("ce qui change pour les propriétaires d'iPhone", "ce qui va changer pour vos enfants", "ce qui change à
la rentrée"); a scoop and its relays ("selon L'Informé", "selon Les Echos") with the official confirmation
the next day; the fined firm reacting the next day (Bouygues Telecom, Elon Musk); a channel-partner angle
the day after a qualification; "AWS" in one title and "Amazon Web Services" in another.
Hard negatives: the under-15 social-media law voted by the Assemblée, then the Sénat, then the CMP
agreement, then the Conseil constitutionnel decision (four events over two months); the CNIL fine on Bouygues
Telecom (the firm "studies an appeal" the next day) then its actual appeal to the Conseil d'État five weeks
later; Apple's DMA fine (Apple says it will appeal) then the appeal filed in August; CNIL cookie fines on
Vinted then Leboncoin two weeks apart; CNIL fines on France Travail then the Cnaf; the Conseil d'État
confirming an older CNIL fine on Amazon; the CNIL annual report, its AI guidance and a batch of simplified
sanctions; S3NS then Bleu then an Outscale renewal of SecNumCloud; the Health Data Hub host choice then a
Conseil d'État ruling on the Health Data Hub; Arcom notices to porn sites then Arcom blocking orders a month
later, the Conseil d'État ruling for the age-verification order, the EU age-verification app and the DSA fine
on porn platforms; X fined by the Irish DPC (Grok training), then by the Commission under the DSA (moderation),
then new DSA proceedings over Grok deepfakes; Temu's DSA fine then Shein's DSA proceedings the next day, and a
DGCCRF fine on Shein weeks before; Meta fined by the Autorité de la concurrence, Meta's DMA penalty payments,
Meta's French book-publishers case, a class action against Meta and EU interim measures on WhatsApp AI;
Google adtech remedies then Google's DMA search fine a month later; AWS and Azure designated DMA gatekeepers
and the competition authority's cloud dawn raids the week before; a Paris court ordering VPNs to block sports
piracy then the appeal ruling seven weeks later, Arcom's annual piracy report the day before the first, and a
book-piracy blocking order; the NIS 2 resilience law and the datacenter simplification law; the AI Act omnibus
vote then the French decree naming AI Act authorities; weekly roundups of two outlets (next.ink's Hebdo, LeMagIT's
"L'essentiel de la semaine") that recur and never join across weeks, nor with the events they list.
`build` fixes the year 2026; times are UTC, June to August 2026.

Measured once in stop 30 on 09c9d91, before any rule was written from it: precision 0.986, recall 0.808
(0.993 / 0.768 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- the Assemblée votes the under-15 social-media ban
    ("assemblee-reseaux-sociaux-15-ans", "fresh88", [
        ("lefigaro.fr", "06-03 05:50", "Les députés votent l'interdiction des réseaux sociaux aux moins de 15 ans",
         "L'Assemblée nationale a adopté en première lecture, dans la nuit de mardi à mercredi, la proposition de loi qui interdit l'inscription sur les réseaux sociaux avant 15 ans, par 214 voix contre 38."),
        ("bfmtv.com", "06-03 07:30", "Réseaux sociaux interdits avant 15 ans : l'Assemblée dit oui",
         "Le texte, adopté par 214 voix contre 38, impose aux plateformes de vérifier l'âge de leurs utilisateurs d'ici septembre 2027. Il doit encore passer devant le Sénat."),
        ("numerama.com", "06-03 09:15", "Pas de TikTok avant 15 ans : ce que les députés viennent de voter",
         "Vérification d'âge obligatoire, comptes existants suspendus, amende jusqu'à 1 % du chiffre d'affaires mondial : le détail de la proposition de loi adoptée cette nuit au Palais Bourbon."),
        ("frandroid.com", "06-03 11:40", "La majorité numérique à 15 ans franchit l'étape de l'Assemblée",
         "Les députés ont approuvé en première lecture l'interdiction des réseaux sociaux aux moins de 15 ans ; Instagram, TikTok et Snapchat devront contrôler l'âge des inscrits."),
        ("01net.com", "06-04 08:00", "Interdiction des réseaux sociaux avant 15 ans : ce qui va changer pour vos enfants",
         "Adopté dans la nuit de mardi à mercredi par l'Assemblée nationale, le texte prévoit une vérification d'âge à l'inscription et la suspension des comptes des moins de 15 ans. Voici le calendrier."),
    ]),
    # ---------------------------------------------- CNIL fines Bouygues Telecom for its 2025 data leak
    ("cnil-bouygues-telecom-fine", "fresh88", [
        ("next.ink", "06-04 09:30", "Fuite de données : la CNIL inflige 28 millions d'euros d'amende à Bouygues Telecom",
         "La formation restreinte de la CNIL reproche à l'opérateur des mesures de sécurité insuffisantes, qui ont permis le vol des données de 6,4 millions de clients à l'été 2025."),
        ("lemagit.fr", "06-04 10:50", "Bouygues Telecom sanctionné par la CNIL après la fuite de 2025",
         "Authentification faible sur un outil de gestion de la relation client, journalisation lacunaire : la CNIL détaille les manquements qui valent à l'opérateur une sanction de 28 M€."),
        ("01net.com", "06-04 12:10", "28 millions d'euros : l'addition salée de Bouygues Telecom pour la fuite des données de ses abonnés",
         "Le gendarme des données personnelles sanctionne l'opérateur pour ne pas avoir protégé les IBAN et les coordonnées de 6,4 millions de clients."),
        ("frandroid.com", "06-04 14:30", "La CNIL frappe fort contre Bouygues Telecom",
         "L'opérateur écope d'une amende de 28 millions d'euros, l'une des plus lourdes jamais prononcées par la CNIL contre un opérateur télécom."),
        ("numerama.com", "06-05 07:40", "« Disproportionnée » : Bouygues Telecom conteste l'amende de la CNIL",
         "Au lendemain de sa sanction de 28 millions d'euros, l'opérateur dit étudier un recours devant le Conseil d'État et rappelle avoir lui-même été victime d'une cyberattaque."),
    ]),
    # ---------------------------------------------- next.ink weekly roundup, week 23
    ("next-hebdo-23", "fresh88", [
        ("next.ink", "06-06 08:00", "Hebdo #23 : majorité numérique et amende record pour Bouygues Telecom",
         "Chaque samedi, notre sélection : le vote des députés sur les réseaux sociaux avant 15 ans, les 28 millions d'euros infligés par la CNIL à Bouygues Telecom et nos lectures de la semaine."),
    ]),
    # ---------------------------------------------- S3NS (Thales-Google) gets SecNumCloud
    ("s3ns-secnumcloud", "fresh88", [
        ("lemagit.fr", "06-08 08:30", "S3NS obtient enfin la qualification SecNumCloud",
         "La coentreprise de Thales et Google Cloud décroche le visa de l'ANSSI pour son offre Premi3ns, après plus de deux ans de procédure."),
        ("silicon.fr", "06-08 10:15", "Cloud de confiance : l'ANSSI qualifie l'offre de Thales et Google",
         "L'offre Premi3ns de S3NS devient la première offre bâtie sur la technologie d'un hyperscaler américain à recevoir la qualification SecNumCloud 3.2."),
        ("lemondeinformatique.fr", "06-08 13:40", "SecNumCloud : feu vert de l'ANSSI pour S3NS",
         "Thales et Google Cloud peuvent désormais proposer leur cloud qualifié aux administrations et aux opérateurs d'importance vitale."),
        ("channelnews.fr", "06-09 07:30", "Qualification de S3NS : quelles opportunités pour les intégrateurs ?",
         "Avec le visa SecNumCloud obtenu lundi par la coentreprise de Thales et Google, les partenaires de S3NS peuvent répondre aux appels d'offres réservés au cloud de confiance."),
    ]),
    # ---------------------------------------------- Arcom serves notice on five porn sites (age verification)
    ("arcom-mise-en-demeure-sites-porno", "fresh88", [
        ("next.ink", "06-09 09:00", "Vérification d'âge : l'Arcom met en demeure cinq sites pornographiques",
         "Le régulateur donne quinze jours à cinq sites pour adultes parmi les plus visités en France pour mettre en place un contrôle de l'âge conforme à son référentiel."),
        ("numerama.com", "06-09 11:20", "Sites porno : l'Arcom laisse 15 jours à cinq plateformes pour contrôler l'âge des visiteurs",
         "Passé ce délai, l'Arcom pourra ordonner aux fournisseurs d'accès de bloquer les sites, dont deux sont établis hors de l'Union européenne."),
        ("bfmtv.com", "06-09 16:00", "Pornographie en ligne : le régulateur de l'audiovisuel menace de bloquer cinq sites",
         "L'Arcom a adressé mardi cinq mises en demeure à des sites pour adultes qui se contentent toujours d'une simple case « J'ai plus de 18 ans »."),
    ]),
    # ---------------------------------------------- CNIL annual report
    ("cnil-rapport-annuel", "fresh88", [
        ("lemondeinformatique.fr", "06-10 09:00", "Rapport annuel de la CNIL : 21 sanctions et un record de plaintes en 2025",
         "Le gendarme des données a reçu 19 800 plaintes l'an dernier et prononcé 21 sanctions, pour un total de 87 millions d'euros d'amendes."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence fines Meta (ad verification)
    ("adlc-meta-verification-publicitaire", "fresh88", [
        ("lesechos.fr", "06-11 06:30", "Publicité en ligne : l'Autorité de la concurrence inflige 35 millions d'euros à Meta",
         "Le gendarme de la concurrence reproche à Meta d'avoir écarté de façon opaque et discriminatoire des prestataires de vérification publicitaire de Facebook et Instagram."),
        ("journaldunet.com", "06-11 09:45", "Vérification publicitaire : Meta condamné pour abus de position dominante",
         "L'Autorité de la concurrence, saisie par la société française Adloox, sanctionne Meta à hauteur de 35 M€ pour les conditions d'accès imposées aux sociétés d'ad verification."),
        ("usine-digitale.fr", "06-11 14:00", "Meta sanctionné en France pour avoir verrouillé l'accès à ses données publicitaires",
         "Amende de 35 millions d'euros : selon l'Autorité, Meta a fixé des critères d'accès flous aux partenaires chargés de mesurer la visibilité des publicités."),
    ]),
    # ---------------------------------------------- Parliament adopts the resilience law (NIS 2)
    ("loi-resilience-nis2-adoption", "fresh88", [
        ("lemagit.fr", "06-12 08:00", "NIS 2 : le Parlement adopte définitivement la loi résilience",
         "Après plus de dix-huit mois de navette, le projet de loi transposant NIS 2, DORA et la directive REC a été adopté par le Sénat jeudi soir ; quelque 15 000 entités sont concernées."),
        ("zdnet.fr", "06-12 10:30", "Loi résilience : la transposition de NIS 2 enfin bouclée",
         "La France transpose avec plus d'un an et demi de retard la directive européenne sur la cybersécurité ; l'ANSSI devient l'autorité de contrôle des entités essentielles et importantes."),
        ("silicon.fr", "06-12 12:00", "Cybersécurité : ce que la loi résilience change pour les entreprises",
         "Entités essentielles ou importantes, notification des incidents sous 24 heures, sanctions jusqu'à 2 % du chiffre d'affaires : le texte adopté jeudi par le Parlement en détail."),
        ("itforbusiness.fr", "06-12 15:10", "15 000 organisations françaises bientôt dans le viseur de l'ANSSI",
         "Définitivement adoptée, la loi de transposition de NIS 2 élargit considérablement le périmètre de la régulation cyber, des PME aux collectivités territoriales."),
    ]),
    # ---------------------------------------------- DGCCRF fines Shein (misleading environmental claims)
    ("dgccrf-shein-amende", "fresh88", [
        ("lefigaro.fr", "06-12 11:00", "La DGCCRF inflige 18 millions d'euros à Shein pour des allégations environnementales trompeuses",
         "Le géant de la mode éphémère affichait sur son site français des mentions « écoresponsable » sans justification, selon la répression des fraudes."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 24
    ("lemagit-essentiel-w24", "fresh88", [
        ("lemagit.fr", "06-12 17:00", "L'essentiel de la semaine : loi résilience, S3NS et Meta",
         "L'adoption de la loi NIS 2, la qualification SecNumCloud de S3NS et l'amende infligée à Meta par l'Autorité de la concurrence : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Conseil d'État upholds the order on EU-based porn sites (Aylo)
    ("conseil-etat-verification-age-aylo", "fresh88", [
        ("next.ink", "06-15 14:10", "Vérification d'âge : le Conseil d'État valide l'arrêté visant les sites établis dans l'UE",
         "La haute juridiction rejette le recours d'Aylo, maison mère de Pornhub, qui contestait l'application de la loi SREN aux sites établis dans d'autres États membres."),
        ("numerama.com", "06-15 16:00", "Pornhub perd face à la France devant le Conseil d'État",
         "Aylo espérait faire annuler l'arrêté ; le Conseil d'État juge la mesure compatible avec le droit européen et la directive sur le commerce électronique."),
        ("lefigaro.fr", "06-15 18:30", "Contrôle de l'âge sur les sites pornographiques : revers judiciaire pour Aylo",
         "Le Conseil d'État a confirmé lundi l'obligation, pour les sites pour adultes établis ailleurs en Europe, de vérifier l'âge de leurs visiteurs français."),
    ]),
    # ---------------------------------------------- Commission fines Apple under the DMA (interoperability)
    ("dma-apple-amende-interoperabilite", "fresh88", [
        ("lesechos.fr", "06-16 10:30", "DMA : Bruxelles inflige 1,1 milliard d'euros d'amende à Apple",
         "La Commission européenne sanctionne Apple pour ne pas avoir ouvert iOS aux montres connectées et écouteurs concurrents, comme l'exigeait sa décision de mars 2025."),
        ("lemondeinformatique.fr", "06-16 12:00", "Interopérabilité d'iOS : Apple condamné au titre du DMA",
         "Amende de 1,1 Md€ et astreintes possibles : la Commission estime qu'Apple tarde à donner aux accessoires tiers l'accès aux notifications et au Wi-Fi pair-à-pair."),
        ("01net.com", "06-16 13:20", "Apple écope d'une amende record en Europe",
         "1,1 milliard d'euros : c'est la plus lourde sanction prononcée à ce jour au titre du Digital Markets Act."),
        ("frandroid.com", "06-16 15:00", "« Une décision politique » : Apple fustige l'amende de 1,1 milliard de la Commission",
         "La firme à la pomme annonce qu'elle fera appel de la sanction infligée pour manquement aux obligations d'interopérabilité du règlement sur les marchés numériques."),
        ("numerama.com", "06-16 17:45", "Le géant de Cupertino puni pour avoir fermé iOS aux montres concurrentes",
         "Garmin, Withings ou Pebble devaient pouvoir accéder aux mêmes fonctions que l'Apple Watch : Bruxelles inflige 1,1 milliard d'euros à Apple."),
        ("clubic.com", "06-17 08:00", "Amende DMA d'Apple : ce qui change pour les propriétaires d'iPhone",
         "Notifications complètes sur les montres tierces, appairage simplifié des écouteurs : les fonctions qu'Apple doit ouvrir en Europe après sa sanction de 1,1 milliard d'euros."),
    ]),
    # ---------------------------------------------- Cour de cassation: Uber Eats couriers are employees
    ("cassation-uber-eats-livreurs", "fresh88", [
        ("lesechos.fr", "06-17 09:20", "La Cour de cassation requalifie en salariés 140 livreurs Uber Eats",
         "La chambre sociale confirme l'existence d'un lien de subordination entre la plateforme et ses coursiers, ouvrant la voie à des rappels de salaires et de cotisations."),
        ("bfmtv.com", "06-17 14:00", "Livreurs Uber Eats : la plus haute juridiction donne raison aux coursiers",
         "Géolocalisation permanente, sanctions automatiques, tarifs imposés : pour la Cour de cassation, les 140 livreurs étaient bien salariés de la plateforme."),
    ]),
    # ---------------------------------------------- CNIL fines Vinted over cookies
    ("cnil-vinted-cookies", "fresh88", [
        ("numerama.com", "06-18 09:10", "Cookies : Vinted sanctionné par la CNIL",
         "La plateforme de vêtements d'occasion écope de 8 millions d'euros pour avoir déposé des traceurs publicitaires avant tout consentement."),
        ("01net.com", "06-18 11:30", "Vinted condamné à 8 millions d'euros d'amende pour ses cookies",
         "La CNIL reproche au site lituanien un bouton « Tout refuser » bien moins visible que « Tout accepter » et des cookies déposés dès l'arrivée sur le site."),
        ("journaldunet.com", "06-18 14:00", "Consentement aux cookies : la CNIL épingle Vinted",
         "8 M€ d'amende pour la place de marché de seconde main, qui déposait des traceurs publicitaires sans accord préalable des internautes."),
    ]),
    # ---------------------------------------------- datacenters recognised of major national interest (simplification law)
    ("loi-simplification-datacenters", "fresh88", [
        ("latribune.fr", "06-18 07:15", "Les datacenters reconnus d'intérêt national majeur, le Parlement adopte la loi de simplification",
         "Le texte définitivement voté mercredi permet à l'État d'accélérer les procédures pour les grands centres de données, une promesse faite lors du sommet sur l'IA."),
        ("usine-digitale.fr", "06-18 10:40", "Centres de données : feu vert définitif à la procédure accélérée",
         "Raccordement électrique prioritaire, dérogations environnementales encadrées : la loi de simplification de la vie économique facilite l'implantation des datacenters."),
    ]),
    # ---------------------------------------------- deputies reject access to encrypted messaging
    ("amendement-chiffrement-messageries-rejete", "fresh88", [
        ("next.ink", "06-19 08:30", "Messageries chiffrées : les députés rejettent l'accès des enquêteurs aux conversations",
         "L'amendement qui aurait obligé Signal, WhatsApp ou Olvid à donner accès aux échanges de suspects a été repoussé en commission des lois, par 31 voix contre 19."),
        ("clubic.com", "06-19 13:00", "Pas de porte dérobée dans Signal et WhatsApp : l'amendement tombe à l'Assemblée",
         "Les députés ont écarté la mesure réclamée par le ministère de l'Intérieur, que les experts en cybersécurité jugeaient dangereuse pour le chiffrement de bout en bout."),
    ]),
    # ---------------------------------------------- WhatsApp designated a very large platform under the DSA
    ("whatsapp-designation-vlop", "fresh88", [
        ("silicon.fr", "06-19 10:00", "DSA : WhatsApp désigné très grande plateforme en ligne",
         "Avec 52 millions d'utilisateurs mensuels de ses chaînes dans l'UE, la messagerie de Meta devra évaluer les risques systémiques de cette fonction d'ici quatre mois."),
    ]),
    # ---------------------------------------------- next.ink weekly roundup, week 25
    ("next-hebdo-25", "fresh88", [
        ("next.ink", "06-20 08:00", "Hebdo #25 : Apple, Vinted et le chiffrement",
         "Chaque samedi, notre sélection : l'amende DMA de 1,1 milliard infligée à Apple, les cookies de Vinted, l'amendement sur les messageries chiffrées et la décision du Conseil d'État sur Pornhub."),
    ]),
    # ---------------------------------------------- Irish DPC fines X over Grok training (GDPR)
    ("dpc-x-grok-entrainement", "fresh88", [
        ("zdnet.fr", "06-22 11:00", "RGPD : X condamné à 310 millions d'euros pour l'entraînement de Grok",
         "La Data Protection Commission irlandaise sanctionne le réseau social pour avoir utilisé sans base légale les publications de ses utilisateurs européens afin d'entraîner son IA."),
        ("numerama.com", "06-22 13:30", "Grok nourri avec vos posts : l'Irlande inflige une lourde amende à X",
         "310 M€ d'amende : le régulateur irlandais estime que X n'a ni recueilli de consentement ni démontré d'intérêt légitime pour entraîner Grok sur les messages des Européens."),
        ("bfmtv.com", "06-22 16:10", "Le réseau social d'Elon Musk sanctionné par la Cnil irlandaise",
         "La DPC reproche à X d'avoir exploité les données de quelque 60 millions d'utilisateurs européens pour entraîner son chatbot Grok."),
    ]),
    # ---------------------------------------------- Commission imposes DMA penalty payments on Meta (pay or consent)
    ("dma-meta-astreintes", "fresh88", [
        ("lesechos.fr", "06-23 10:00", "« Payer ou consentir » : Bruxelles inflige des astreintes à Meta",
         "La Commission juge toujours non conforme au DMA le modèle d'abonnement de Facebook et Instagram et impose à Meta des astreintes pouvant atteindre 5 % de son chiffre d'affaires quotidien."),
        ("silicon.fr", "06-23 12:45", "DMA : Meta menacé d'astreintes journalières",
         "Quatorze mois après l'amende de 200 millions d'euros, la Commission estime que l'option « publicités moins personnalisées » de Meta ne respecte toujours pas le règlement."),
        ("frandroid.com", "06-23 15:30", "Facebook et Instagram : Meta de nouveau dans le collimateur de Bruxelles",
         "La Commission européenne impose des astreintes à Meta, dont le modèle « payer ou accepter » ne laisse toujours pas de vrai choix aux utilisateurs."),
    ]),
    # ---------------------------------------------- the Sénat votes the under-15 social-media ban
    ("senat-reseaux-sociaux-15-ans", "fresh88", [
        ("lefigaro.fr", "06-24 17:30", "Le Sénat adopte à son tour l'interdiction des réseaux sociaux avant 15 ans",
         "Les sénateurs ont voté le texte par 298 voix contre 12, en y ajoutant une obligation de contrôle parental par défaut sur les smartphones vendus en France. Une commission mixte paritaire doit trouver un accord."),
        ("next.ink", "06-24 19:05", "Réseaux sociaux à 15 ans : le Sénat durcit le texte",
         "La chambre haute a adopté la proposition de loi en y intégrant le contrôle parental activé par défaut et une amende portée à 2 % du chiffre d'affaires mondial."),
        ("bfmtv.com", "06-25 06:45", "Majorité numérique : feu vert du Sénat",
         "Trois semaines après l'Assemblée, le Sénat a approuvé mercredi l'interdiction des réseaux sociaux aux moins de 15 ans, par 298 voix."),
    ]),
    # ---------------------------------------------- Arcom annual report on sports piracy
    ("arcom-bilan-piratage-sportif", "fresh88", [
        ("lesnumeriques.com", "06-25 09:30", "Piratage sportif : l'Arcom a fait bloquer 4 500 sites en un an",
         "Dans son bilan annuel, le régulateur estime que l'audience des sites illicites de retransmission sportive a reculé de 30 %, mais s'inquiète de la montée des boîtiers IPTV."),
    ]),
    # ---------------------------------------------- Paris court of appeal refuses to stay Doctolib's competition fine
    ("doctolib-sursis-amende-refuse", "fresh88", [
        ("lesechos.fr", "06-25 08:10", "Doctolib devra payer son amende de 4,6 millions d'euros sans attendre",
         "Le premier président de la cour d'appel de Paris rejette la demande de sursis à exécution de la sanction prononcée par l'Autorité de la concurrence en novembre 2025."),
        ("usine-digitale.fr", "06-25 12:20", "Abus de position dominante : la justice refuse de suspendre la sanction de Doctolib",
         "La licorne de la prise de rendez-vous médicaux contestait l'amende de 4,6 M€ ; la cour d'appel juge qu'elle ne menace pas sa situation financière."),
    ]),
    # ---------------------------------------------- Paris court orders VPNs to block sports piracy sites
    ("tj-paris-vpn-blocage-sites-sportifs", "fresh88", [
        ("numerama.com", "06-26 10:00", "Piratage sportif : la justice ordonne à des VPN de bloquer des sites",
         "Saisi par Canal+ et la Ligue de football professionnel, le tribunal judiciaire de Paris oblige NordVPN, ExpressVPN, Surfshark et ProtonVPN à bloquer 200 sites de streaming illégal."),
        ("01net.com", "06-26 12:30", "NordVPN, ProtonVPN… contraints de couper l'accès aux sites pirates de foot",
         "Les fournisseurs de réseaux privés virtuels ont trois jours pour empêcher leurs abonnés français d'accéder à une liste de 200 sites diffusant illégalement la Ligue 1."),
        ("lesnumeriques.com", "06-26 17:00", "VPN et piratage : ce que change la décision du tribunal de Paris",
         "Pour la première fois, quatre services de VPN sont traités comme des intermédiaires techniques tenus de bloquer des sites, au même titre que les FAI."),
    ]),
    # ---------------------------------------------- Health Data Hub: Scaleway chosen to replace Microsoft
    ("hdh-choix-scaleway", "fresh88", [
        ("linforme.com", "06-29 05:30", "Health Data Hub : le gouvernement a choisi Scaleway pour remplacer Microsoft",
         "Selon nos informations, l'appel d'offres pour l'hébergement souverain de la plateforme des données de santé a été remporté par la filiale cloud d'Iliad, devant OVHcloud et Outscale."),
        ("lemagit.fr", "06-29 09:40", "Scaleway retenu pour héberger le Health Data Hub, selon L'Informé",
         "La plateforme nationale des données de santé quitterait Microsoft Azure pour le cloud de Scaleway, candidat à la qualification SecNumCloud, d'ici fin 2027."),
        ("usine-digitale.fr", "06-29 13:10", "Les données de santé des Français vont enfin quitter Azure",
         "Le ministère de la Santé aurait tranché en faveur de Scaleway, une migration promise depuis 2020 et sans cesse repoussée."),
        ("lemondeinformatique.fr", "06-30 08:20", "Le ministère de la Santé confirme le choix de Scaleway pour la plateforme des données de santé",
         "Au lendemain des révélations de L'Informé, le ministère officialise l'attribution du marché d'hébergement du HDH à Scaleway, pour 38 millions d'euros sur quatre ans."),
    ]),
    # ---------------------------------------------- Commission fines Temu under the DSA
    ("dsa-temu-amende", "fresh88", [
        ("lesechos.fr", "06-30 09:00", "DSA : Temu écope de 400 millions d'euros d'amende",
         "La Commission européenne sanctionne la plateforme chinoise pour ne pas avoir évalué ni limité les risques liés à la vente de produits illégaux et dangereux."),
        ("bfmtv.com", "06-30 11:40", "Jouets dangereux, produits illicites : Bruxelles frappe Temu au portefeuille",
         "Le géant chinois du e-commerce doit payer 400 M€ pour manquements au règlement sur les services numériques."),
        ("numerama.com", "06-30 14:20", "Temu devient la première place de marché sanctionnée au titre du DSA",
         "400 millions d'euros : la Commission reproche à Temu des contrôles défaillants sur ses vendeurs tiers, révélés par des achats tests de jouets et d'appareils électriques."),
        ("frandroid.com", "06-30 17:00", "400 millions d'euros d'amende pour Temu en Europe",
         "La Commission européenne conclut l'enquête ouverte en octobre 2024 contre l'application chinoise de PDD Holdings, qui annonce un recours."),
    ]),
    # ---------------------------------------------- Commission opens DSA proceedings against Shein
    ("dsa-shein-procedure", "fresh88", [
        ("lefigaro.fr", "07-01 09:30", "Bruxelles ouvre une enquête formelle contre Shein au titre du DSA",
         "Au lendemain de l'amende infligée à Temu, la Commission s'attaque à Shein, soupçonné de laisser vendre des produits illicites, dont des poupées à caractère pédopornographique."),
        ("01net.com", "07-01 12:00", "Après Temu, Shein dans le viseur de la Commission européenne",
         "Une procédure formelle est ouverte contre Shein pour des manquements présumés sur les produits illégaux, la protection des mineurs et la transparence de ses systèmes de recommandation."),
        ("journaldunet.com", "07-01 15:15", "DSA : Shein visé par une procédure formelle",
         "La Commission pourra imposer des mesures provisoires à la plateforme de mode éphémère, désignée très grande plateforme en ligne en avril 2024."),
    ]),
    # ---------------------------------------------- EU age-verification app goes live in France
    ("ue-appli-verification-age", "fresh88", [
        ("frandroid.com", "07-02 09:00", "L'appli européenne de vérification d'âge arrive en France",
         "La Commission lance la version définitive de son application de contrôle de l'âge dans cinq pays, dont la France, avec une intégration prévue dans France Identité."),
        ("clubic.com", "07-02 12:15", "Prouver sa majorité sans donner son identité : Bruxelles lance son application",
         "L'outil européen, déployé en France, en Espagne, en Italie, en Grèce et au Danemark, génère une preuve de majorité anonyme à présenter aux sites."),
        ("lesnumeriques.com", "07-02 15:30", "Contrôle de l'âge en ligne : comment fonctionne l'application de la Commission européenne",
         "Disponible sur Android et iOS, l'application délivre une attestation « plus de 18 ans » sans transmettre le nom ni la date de naissance."),
    ]),
    # ---------------------------------------------- CNIL fines Leboncoin over cookies
    ("cnil-leboncoin-cookies", "fresh88", [
        ("next.ink", "07-02 10:20", "La CNIL inflige 6 millions d'euros à Leboncoin pour ses traceurs",
         "Deux semaines après Vinted, c'est au tour du site de petites annonces d'être sanctionné pour des cookies publicitaires déposés sans consentement valable."),
        ("zdnet.fr", "07-02 14:40", "Leboncoin sanctionné par la CNIL",
         "Le site d'annonces d'Adevinta écope de 6 M€ d'amende : les internautes qui refusaient les cookies continuaient d'être suivis par certains partenaires publicitaires."),
    ]),
    # ---------------------------------------------- CJEU: loss of control over data is a compensable harm
    ("cjue-prejudice-moral-rgpd", "fresh88", [
        ("next.ink", "07-03 09:45", "RGPD : pour la CJUE, la simple perte de contrôle de ses données ouvre droit à réparation",
         "Saisie par une juridiction allemande après une fuite chez un assureur, la Cour de justice de l'UE juge qu'un préjudice moral n'a pas à atteindre un seuil de gravité."),
        ("lemondeinformatique.fr", "07-03 14:10", "Fuites de données : la Cour de justice de l'UE facilite l'indemnisation des victimes",
         "L'arrêt rendu jeudi à Luxembourg ouvre la voie à des actions en réparation de masse contre les entreprises victimes de fuites de données."),
    ]),
    # ---------------------------------------------- next.ink weekly roundup, week 27
    ("next-hebdo-27", "fresh88", [
        ("next.ink", "07-04 08:00", "Hebdo #27 : Health Data Hub, Temu et Shein",
         "Chaque samedi, notre sélection : Scaleway choisi pour le Health Data Hub, l'amende DSA de Temu, l'enquête contre Shein et l'application européenne de vérification d'âge."),
    ]),
    # ---------------------------------------------- CMP agreement on the under-15 social-media law
    ("cmp-reseaux-sociaux-15-ans", "fresh88", [
        ("lefigaro.fr", "07-07 18:40", "Réseaux sociaux avant 15 ans : députés et sénateurs trouvent un accord",
         "La commission mixte paritaire s'est entendue mardi sur une version commune du texte, qui conserve le contrôle parental par défaut voulu par le Sénat ; le vote final est prévu la semaine prochaine."),
    ]),
    # ---------------------------------------------- Commission fines X under the DSA (moderation)
    ("dsa-x-amende-moderation", "fresh88", [
        ("lesechos.fr", "07-07 09:45", "DSA : la Commission inflige 500 millions d'euros à X",
         "Bruxelles conclut le second volet de l'enquête ouverte fin 2023 : X n'a pas lutté efficacement contre les contenus illicites ni proposé de mécanisme de signalement conforme."),
        ("bfmtv.com", "07-07 11:30", "X paie l'addition : 500 millions d'euros d'amende en Europe",
         "Le réseau social d'Elon Musk est sanctionné pour ses manquements dans la modération des contenus illégaux, après une première amende en décembre 2025."),
        ("numerama.com", "07-07 13:50", "Modération défaillante : X de nouveau sanctionné par Bruxelles",
         "Signalements ignorés, Community Notes jugées insuffisantes : la Commission détaille les failles qui valent à X une amende de 500 M€."),
        ("lefigaro.fr", "07-07 17:20", "Contenus illicites : Bruxelles frappe le réseau d'Elon Musk d'une amende de 500 millions",
         "La sanction, prononcée au titre du règlement sur les services numériques, relance les tensions entre l'Union européenne et l'administration américaine."),
        ("01net.com", "07-08 07:30", "Elon Musk promet de « combattre » l'amende européenne infligée à X",
         "Au lendemain de la sanction de 500 millions d'euros, le patron de X accuse la Commission de censure et annonce un recours devant la justice européenne."),
    ]),
    # ---------------------------------------------- European Parliament votes the digital omnibus (AI Act delay)
    ("omnibus-numerique-parlement-europeen", "fresh88", [
        ("usine-digitale.fr", "07-08 09:00", "AI Act : le Parlement européen vote le report des obligations sur l'IA à haut risque",
         "Les eurodéputés ont adopté l'omnibus numérique, qui repousse à décembre 2027 l'application des règles sur les systèmes d'IA à haut risque."),
        ("silicon.fr", "07-08 11:20", "Omnibus numérique : Strasbourg accorde un sursis aux entreprises",
         "Par 402 voix contre 211, le Parlement européen approuve le texte qui allège aussi certaines obligations du RGPD pour les PME."),
        ("next.ink", "07-08 16:00", "Les eurodéputés adoptent l'omnibus qui affaiblit l'AI Act",
         "Seize mois de délai supplémentaire pour l'IA à haut risque et une définition des données personnelles revue : les associations dénoncent un recul."),
    ]),
    # ---------------------------------------------- Arcom orders blocking of three porn sites
    ("arcom-blocage-sites-porno", "fresh88", [
        ("numerama.com", "07-08 10:00", "L'Arcom ordonne le blocage de trois sites pornographiques",
         "Faute d'avoir mis en place une vérification d'âge conforme, trois des cinq sites mis en demeure en juin devront être bloqués par les FAI et déréférencés par les moteurs de recherche."),
        ("01net.com", "07-08 12:30", "Trois sites X bientôt inaccessibles en France",
         "Orange, SFR, Bouygues Telecom et Free ont 48 heures pour bloquer trois sites pour adultes visés par l'Arcom."),
        ("clubic.com", "07-08 15:45", "Sites porno sans contrôle de l'âge : l'Arcom passe à l'acte",
         "Un mois après ses mises en demeure, le régulateur ordonne aux fournisseurs d'accès de couper l'accès à trois sites qui ne vérifient toujours pas l'âge de leurs visiteurs."),
    ]),
    # ---------------------------------------------- Bouygues Telecom appeals its CNIL fine
    ("bouygues-telecom-recours-conseil-etat", "fresh88", [
        ("lemagit.fr", "07-09 09:20", "Amende CNIL : Bouygues Telecom saisit le Conseil d'État",
         "Cinq semaines après sa sanction de 28 millions d'euros pour la fuite de données de 2025, l'opérateur a déposé un recours en annulation devant la haute juridiction administrative."),
        ("frandroid.com", "07-09 13:05", "Bouygues Telecom contre-attaque face à la CNIL",
         "L'opérateur demande au Conseil d'État d'annuler, ou à défaut de réduire, l'amende de 28 M€ qui lui a été infligée début juin."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence opinion on AI and energy
    ("adlc-avis-ia-energie", "fresh88", [
        ("lesechos.fr", "07-09 06:00", "IA : l'Autorité de la concurrence s'inquiète de l'accès à l'électricité des datacenters",
         "Dans un avis rendu public jeudi, le gendarme de la concurrence estime que les contrats d'électricité de long terme signés par les hyperscalers pourraient évincer les acteurs français."),
    ]),
    # ---------------------------------------------- Paris court orders Meta to disclose the books used to train Llama
    ("tj-paris-meta-editeurs-llama", "fresh88", [
        ("lefigaro.fr", "07-10 10:15", "IA : la justice ordonne à Meta de révéler les livres utilisés pour entraîner Llama",
         "Saisi par le Syndicat national de l'édition, la SGDL et le SNAC, le tribunal judiciaire de Paris enjoint à Meta de produire la liste des ouvrages français de ses jeux de données."),
        ("numerama.com", "07-10 13:00", "Les éditeurs français marquent un point contre Meta",
         "Le tribunal judiciaire de Paris donne trois mois à Meta pour dire si des livres piratés de la bibliothèque LibGen ont servi à entraîner ses modèles Llama."),
        ("lesechos.fr", "07-10 16:30", "Droit d'auteur et IA : première victoire d'étape pour l'édition face à Meta",
         "Le procès intenté en mars 2025 par les éditeurs et les auteurs français franchit une étape : Meta devra communiquer le détail des œuvres utilisées."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 28
    ("lemagit-essentiel-w28", "fresh88", [
        ("lemagit.fr", "07-10 17:00", "L'essentiel de la semaine : X, omnibus numérique et Bouygues Telecom",
         "L'amende DSA de 500 millions infligée à X, le vote de l'omnibus numérique et le recours de Bouygues Telecom contre la CNIL : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Commission accepts TikTok commitments on its ad library
    ("dsa-tiktok-engagements-publicite", "fresh88", [
        ("silicon.fr", "07-14 09:30", "DSA : la Commission accepte les engagements de TikTok sur la transparence publicitaire",
         "TikTok s'engage à publier dans un registre public le contenu, le ciblage et le financement de toutes ses publicités, ce qui met fin à la procédure ouverte en 2024."),
        ("journaldunet.com", "07-14 13:45", "Registre des publicités : TikTok évite l'amende en Europe",
         "En rendant ses engagements contraignants, Bruxelles clôt le volet publicitaire de son enquête sur TikTok sans sanction."),
    ]),
    # ---------------------------------------------- Conseil d'État refuses to suspend a Health Data Hub project
    ("conseil-etat-hdh-emc2", "fresh88", [
        ("next.ink", "07-15 10:30", "Health Data Hub : le Conseil d'État refuse de suspendre l'autorisation de la CNIL",
         "Le juge des référés rejette la requête d'un collectif d'associations et de médecins contre l'entrepôt EMC2, encore hébergé chez Microsoft en attendant la migration."),
        ("zdnet.fr", "07-15 15:00", "Données de santé chez Microsoft : le recours des associations rejeté",
         "Le Conseil d'État estime qu'il n'y a pas d'urgence à suspendre le projet EMC2 du Health Data Hub, dont le transfert vers un hébergeur souverain est programmé."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence dawn raids in cloud
    ("adlc-perquisitions-cloud", "fresh88", [
        ("lesechos.fr", "07-16 05:45", "Cloud : l'Autorité de la concurrence perquisitionne chez des fournisseurs",
         "Selon nos informations, des opérations de visite et saisie ont été menées mardi dans les locaux français de deux fournisseurs de cloud soupçonnés de pratiques anticoncurrentielles sur les licences logicielles."),
        ("lemagit.fr", "07-16 09:00", "Licences cloud : perquisitions de l'Autorité de la concurrence, selon Les Echos",
         "Les enquêteurs s'intéressent aux conditions tarifaires imposées aux clients qui font tourner certains logiciels chez des clouds concurrents."),
        ("silicon.fr", "07-16 13:30", "L'Autorité de la concurrence confirme des opérations inopinées dans l'informatique en nuage",
         "Sans nommer les entreprises visées, le gendarme de la concurrence indique avoir agi sur autorisation du juge des libertés et de la détention."),
    ]),
    # ---------------------------------------------- CNIL simplified sanctions on employee video surveillance
    ("cnil-sanctions-simplifiees-videosurveillance", "fresh88", [
        ("itforbusiness.fr", "07-17 08:45", "Vidéosurveillance des salariés : la CNIL sanctionne dix entreprises en procédure simplifiée",
         "Caméras filmant les postes de travail en continu, enregistrement du son : la CNIL prononce dix amendes de 5 000 à 40 000 euros."),
    ]),
    # ---------------------------------------------- Bleu (Orange-Capgemini) gets SecNumCloud
    ("bleu-secnumcloud", "fresh88", [
        ("lemagit.fr", "07-20 08:45", "Bleu décroche à son tour la qualification SecNumCloud",
         "Six semaines après S3NS, la coentreprise d'Orange et Capgemini obtient le visa de l'ANSSI pour son offre fondée sur les technologies de Microsoft Azure."),
        ("lemondeinformatique.fr", "07-20 11:00", "Orange et Capgemini : Bleu qualifié SecNumCloud par l'ANSSI",
         "Le cloud de confiance bâti sur Azure et Microsoft 365 reçoit la qualification 3.2, ouvrant la voie aux ministères qui attendaient pour migrer."),
        ("channelnews.fr", "07-20 15:20", "Bleu voit la vie en SecNumCloud",
         "Le visa de l'ANSSI permet à la coentreprise d'Orange et Capgemini de proposer Microsoft 365 en cloud de confiance ; un programme partenaires est annoncé pour la rentrée."),
    ]),
    # ---------------------------------------------- AWS and Azure designated DMA gatekeepers for cloud
    ("dma-cloud-aws-azure-gatekeepers", "fresh88", [
        ("lesechos.fr", "07-21 10:10", "DMA : AWS et Microsoft Azure désignés contrôleurs d'accès pour le cloud",
         "Au terme de l'enquête de marché ouverte en novembre 2025, la Commission européenne soumet les deux premiers fournisseurs de cloud aux obligations du Digital Markets Act."),
        ("silicon.fr", "07-21 12:00", "Cloud : Bruxelles place Amazon Web Services et Azure sous le régime du DMA",
         "Les services d'infrastructure d'Amazon et de Microsoft deviennent des services de plateforme essentiels ; Google Cloud échappe à la désignation."),
        ("zdnet.fr", "07-21 14:30", "AWS et Azure deviennent gatekeepers : ce que cela change pour les clients",
         "Portabilité des données, fin des frais de sortie, interopérabilité : les obligations qui s'appliqueront aux deux hyperscalers dans six mois."),
        ("itforbusiness.fr", "07-21 16:45", "Le cloud d'Amazon et de Microsoft soumis aux règles des marchés numériques",
         "La Commission estime qu'AWS et Azure se comportent en points de passage obligés pour les entreprises européennes, malgré leur contestation."),
    ]),
    # ---------------------------------------------- Paris commercial court orders Booking to pay French hotels
    ("tribunal-commerce-booking-hoteliers", "fresh88", [
        ("lesechos.fr", "07-22 08:00", "Clauses de parité : Booking condamné à verser 70 millions d'euros aux hôteliers français",
         "Le tribunal des activités économiques de Paris donne raison à 2 000 hôtels, qui reprochaient à la plateforme de leur avoir interdit de proposer des prix plus bas sur leur propre site."),
        ("bfmtv.com", "07-22 12:30", "Les hôteliers gagnent leur bras de fer judiciaire contre Booking",
         "La plateforme de réservation néerlandaise doit indemniser plus de 2 000 établissements pour des clauses de parité tarifaire appliquées entre 2004 et 2024 ; elle fait appel."),
        ("journaldunet.com", "07-22 15:50", "Booking.com condamné en France pour ses clauses de parité tarifaire",
         "Soixante-dix millions d'euros de dommages et intérêts : une décision qui pourrait inspirer d'autres actions collectives en Europe."),
    ]),
    # ---------------------------------------------- neighbouring rights: Microsoft ordered to pay press publishers
    ("droits-voisins-microsoft-editeurs", "fresh88", [
        ("lefigaro.fr", "07-23 09:10", "Droits voisins : Microsoft condamné à payer 21 millions d'euros aux éditeurs de presse",
         "Le tribunal judiciaire de Paris juge que le groupe a repris sans rémunération des articles de presse sur MSN et dans les réponses de Copilot."),
        ("next.ink", "07-23 11:40", "Reprise d'articles dans MSN et Copilot : la justice donne raison à la presse contre Microsoft",
         "L'Alliance de la presse d'information générale obtient 21 M€ au titre des droits voisins et une obligation de négocier sous six mois."),
        ("journaldunet.com", "07-23 16:20", "Le géant de Redmond sommé de rémunérer les éditeurs français",
         "Première condamnation de Microsoft en France au titre des droits voisins : 21 millions d'euros pour l'utilisation de contenus de presse dans MSN et Copilot."),
    ]),
    # ---------------------------------------------- CNIL guidance on AI training
    ("cnil-recommandations-ia-entrainement", "fresh88", [
        ("usine-digitale.fr", "07-24 09:00", "La CNIL précise les règles du moissonnage de données pour entraîner les IA",
         "Le régulateur publie ses recommandations finales sur le web scraping : listes d'exclusion, respect des robots.txt et information des personnes."),
    ]),
    # ---------------------------------------------- next.ink weekly roundup, week 30
    ("next-hebdo-30", "fresh88", [
        ("next.ink", "07-25 08:00", "Hebdo #30 : Bleu, le cloud sous DMA et Microsoft face à la presse",
         "Chaque samedi, notre sélection : la qualification SecNumCloud de Bleu, AWS et Azure désignés contrôleurs d'accès, Booking condamné et la décision sur les droits voisins."),
    ]),
    # ---------------------------------------------- EUCS cloud certification scheme adopted
    ("eucs-adoption-sans-souverainete", "fresh88", [
        ("lemagit.fr", "07-27 08:30", "EUCS : le schéma européen de certification cloud adopté sans critères de souveraineté",
         "Après cinq ans de négociations, l'Agence européenne pour la cybersécurité publie le schéma EUCS, dont le niveau le plus élevé n'exige plus d'immunité aux lois extraterritoriales."),
        ("silicon.fr", "07-27 11:00", "Certification cloud : la France perd la bataille de l'EUCS",
         "Le schéma adopté par la Commission ne reprend pas les exigences de SecNumCloud sur la protection contre le Cloud Act, au grand dam de Paris."),
        ("zdnet.fr", "07-27 15:30", "Le label cloud européen voit le jour, sans clause d'immunité",
         "Trois niveaux d'assurance, aucune condition de siège social européen : l'EUCS laisse les hyperscalers américains accéder au niveau « élevé »."),
    ]),
    # ---------------------------------------------- UFC-Que Choisir class action against Meta
    ("ufc-action-groupe-meta", "fresh88", [
        ("01net.com", "07-27 10:00", "L'UFC-Que Choisir lance une action de groupe contre Meta",
         "L'association de consommateurs réclame réparation pour les utilisateurs français de Facebook et Instagram dont les données ont servi à la publicité ciblée sans consentement valable."),
    ]),
    # ---------------------------------------------- Commission fines three porn platforms under the DSA
    ("dsa-plateformes-porno-amendes", "fresh88", [
        ("numerama.com", "07-28 10:30", "DSA : Bruxelles inflige des amendes à Pornhub, XVideos et Stripchat",
         "La Commission européenne sanctionne les trois plateformes pour l'absence de vérification d'âge efficace : 48 millions d'euros au total."),
        ("bfmtv.com", "07-28 13:00", "Protection des mineurs : première amende européenne contre des sites pornographiques",
         "Pornhub écope de 22 millions d'euros, XVideos de 16 millions et Stripchat de 10 millions, au titre du règlement sur les services numériques."),
        ("01net.com", "07-28 16:40", "Sites pour adultes : la Commission européenne frappe au portefeuille",
         "Trois très grandes plateformes pornographiques sont sanctionnées pour ne pas avoir empêché l'accès des mineurs à leurs contenus."),
    ]),
    # ---------------------------------------------- Commission orders Google adtech remedies
    ("google-adtech-mesures-correctives", "fresh88", [
        ("lesechos.fr", "07-29 09:00", "Publicité en ligne : Bruxelles ordonne à Google de céder sa place de marché AdX",
         "Jugeant insuffisantes les propositions de Google, la Commission impose la cession de la plateforme d'échange publicitaire, dix mois après l'amende de 2,95 milliards d'euros."),
        ("journaldunet.com", "07-29 12:10", "Adtech : la Commission européenne exige le démantèlement partiel de Google",
         "Mountain View a un an pour vendre AdX ; les éditeurs saluent une décision attendue depuis des années."),
        ("latribune.fr", "07-29 17:30", "Google contraint de vendre une partie de son empire publicitaire en Europe",
         "La cession d'AdX, ordonnée par Bruxelles, est une première pour un géant du numérique américain ; Google annonce un recours."),
    ]),
    # ---------------------------------------------- Conseil constitutionnel decision on the under-15 social-media law
    ("conseil-constitutionnel-reseaux-sociaux-15-ans", "fresh88", [
        ("lefigaro.fr", "07-30 16:20", "Réseaux sociaux avant 15 ans : le Conseil constitutionnel valide l'essentiel de la loi",
         "Les Sages ont jugé conforme l'interdiction d'inscription des moins de 15 ans, mais censuré l'obligation de contrôle parental par défaut sur les smartphones, contraire à la liberté d'entreprendre."),
        ("numerama.com", "07-30 17:45", "Les Sages censurent une partie de la loi sur la majorité numérique",
         "Saisi par plus de soixante députés, le Conseil constitutionnel retoque l'article imposant le contrôle parental sur les téléphones, mais valide la vérification d'âge."),
        ("frandroid.com", "07-30 19:10", "La loi anti-réseaux sociaux pour les ados passe le filtre constitutionnel",
         "Le Conseil constitutionnel a validé jeudi l'interdiction des réseaux sociaux aux moins de 15 ans ; seul le volet sur les smartphones tombe."),
        ("clubic.com", "07-31 08:30", "Vérification d'âge sur les réseaux sociaux : ce qui change à la rentrée pour les moins de 15 ans",
         "Après la décision du Conseil constitutionnel, la loi peut être promulguée : les plateformes auront jusqu'au 1er septembre 2027 pour contrôler l'âge des nouveaux inscrits."),
    ]),
    # ---------------------------------------------- Apple appeals its DMA fine
    ("apple-recours-amende-dma", "fresh88", [
        ("lemondeinformatique.fr", "08-04 10:00", "Apple attaque son amende DMA de 1,1 milliard devant la justice européenne",
         "Le groupe a déposé un recours devant le Tribunal de l'Union européenne contre la sanction prononcée en juin pour défaut d'interopérabilité d'iOS."),
        ("frandroid.com", "08-04 14:20", "Interopérabilité : Apple saisit le Tribunal de l'UE",
         "Comme promis, la firme de Cupertino conteste devant les juges de Luxembourg l'amende de 1,1 milliard d'euros infligée par la Commission."),
    ]),
    # ---------------------------------------------- CNIL fines France Travail for its 2024 leak
    ("cnil-france-travail-amende", "fresh88", [
        ("next.ink", "08-05 09:15", "Fuite massive : la CNIL sanctionne France Travail",
         "L'opérateur public de l'emploi écope de 5 millions d'euros d'amende pour la fuite des données de 43 millions de personnes révélée en mars 2024."),
        ("lemondeinformatique.fr", "08-05 11:30", "5 M€ d'amende pour France Travail après la cyberattaque de 2024",
         "La CNIL pointe des mots de passe faibles et l'absence de double authentification sur les comptes des conseillers utilisés par les pirates."),
        ("bfmtv.com", "08-05 15:00", "Données de 43 millions de Français dérobées : France Travail condamné par la CNIL",
         "Le gendarme des données personnelles inflige une amende de 5 millions d'euros à l'ex-Pôle emploi, une sanction rare contre un organisme public."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence opens phase 2 on the SFR sale
    ("adlc-sfr-examen-approfondi", "fresh88", [
        ("lesechos.fr", "08-06 07:00", "Vente de SFR : l'Autorité de la concurrence ouvre un examen approfondi",
         "Le gendarme de la concurrence estime que le partage de SFR entre Bouygues Telecom, Free et Orange soulève des doutes sérieux sur le marché mobile."),
        ("latribune.fr", "08-06 09:30", "Rachat de SFR : Bercy et l'Autorité jouent la montre",
         "La phase 2 ouverte par l'Autorité de la concurrence repousse d'au moins quatre mois le feu vert au démantèlement de l'opérateur au carré rouge."),
        ("bfmtv.com", "08-06 12:00", "Démantèlement de SFR : l'enquête de l'Autorité de la concurrence s'allonge",
         "L'Autorité veut vérifier que le passage de quatre à trois opérateurs ne fera pas grimper les prix pour les consommateurs."),
        ("frandroid.com", "08-06 15:40", "SFR : le retour à trois opérateurs passe sous la loupe",
         "Examen approfondi pour le rachat de SFR par ses trois concurrents : la décision n'est pas attendue avant la fin de l'année."),
    ]),
    # ---------------------------------------------- LeMagIT weekly roundup, week 32
    ("lemagit-essentiel-w32", "fresh88", [
        ("lemagit.fr", "08-07 17:00", "L'essentiel de la semaine : Apple, France Travail et SFR",
         "Le recours d'Apple contre son amende DMA, la sanction de France Travail par la CNIL et l'examen approfondi du rachat de SFR : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- Conseil d'État confirms the CNIL fine on Amazon France Logistique
    ("conseil-etat-amazon-cnil", "fresh88", [
        ("lemondeinformatique.fr", "08-10 09:40", "Surveillance des préparateurs : le Conseil d'État confirme l'amende d'Amazon France Logistique",
         "La haute juridiction rejette le recours de la filiale d'Amazon contre la sanction de 32 millions d'euros prononcée par la CNIL en 2024 pour le suivi de ses salariés par scanner."),
    ]),
    # ---------------------------------------------- Commission interim measures on WhatsApp AI chatbots
    ("meta-whatsapp-ia-mesures-provisoires", "fresh88", [
        ("lesechos.fr", "08-11 10:20", "IA dans WhatsApp : Bruxelles impose des mesures provisoires à Meta",
         "La Commission ordonne à Meta de suspendre l'interdiction des assistants d'IA concurrents sur l'API professionnelle de WhatsApp, le temps de son enquête antitrust."),
        ("frandroid.com", "08-11 13:30", "ChatGPT et Copilot pourront rester sur WhatsApp, Bruxelles l'exige",
         "Meta doit lever sans attendre le bannissement des chatbots tiers de sa messagerie, qui devait entrer en vigueur à la mi-août."),
        ("silicon.fr", "08-11 16:00", "Concurrence : la Commission gèle la politique de Meta sur les chatbots de WhatsApp",
         "Premières mesures provisoires depuis 2019 pour la Commission, qui soupçonne Meta d'abuser de sa position pour favoriser Meta AI."),
    ]),
    # ---------------------------------------------- decree naming the French AI Act authorities
    ("decret-autorites-ai-act", "fresh88", [
        ("silicon.fr", "08-12 08:30", "AI Act : la CNIL et la DGCCRF désignées autorités de surveillance",
         "Un décret publié au Journal officiel répartit le contrôle du règlement européen sur l'IA entre la CNIL, la DGCCRF et l'Arcom, coordonnées par la DGE."),
    ]),
    # ---------------------------------------------- Paris court of appeal confirms VPN blocking
    ("cour-appel-vpn-blocage", "fresh88", [
        ("numerama.com", "08-13 11:00", "Blocage des sites pirates par les VPN : la cour d'appel confirme",
         "La cour d'appel de Paris rejette le recours de ProtonVPN et NordVPN contre le jugement de juin qui les oblige à bloquer 200 sites de streaming sportif."),
        ("next.ink", "08-13 14:30", "Piratage sportif : les VPN perdent en appel",
         "Les juges confirment que les fournisseurs de VPN peuvent se voir imposer des mesures de blocage ; ProtonVPN envisage un pourvoi en cassation."),
    ]),
    # ---------------------------------------------- Commission opens DSA proceedings against X over Grok deepfakes
    ("dsa-x-grok-deepfakes-procedure", "fresh88", [
        ("lefigaro.fr", "08-18 10:00", "Deepfakes sexuels : Bruxelles ouvre une nouvelle enquête contre X à cause de Grok",
         "La Commission soupçonne le réseau social de ne pas avoir évalué les risques du générateur d'images de Grok, utilisé pour créer des images dénudées de femmes et de mineurs."),
        ("numerama.com", "08-18 12:30", "Grok et les images dénudées : X visé par une procédure DSA",
         "Après l'amende de juillet, Bruxelles ouvre un nouveau front contre X, cette fois sur la fonction de retouche d'images de son IA."),
        ("01net.com", "08-18 15:10", "Nouvelle procédure européenne contre X, cette fois à cause de Grok",
         "La Commission européenne pourrait imposer des mesures provisoires à X si la génération d'images sexualisées n'est pas rapidement bridée."),
    ]),
    # ---------------------------------------------- Outscale renews its SecNumCloud qualification
    ("outscale-secnumcloud-renouvellement", "fresh88", [
        ("itforbusiness.fr", "08-19 09:00", "Outscale renouvelle sa qualification SecNumCloud et l'étend à Kubernetes",
         "La filiale cloud de Dassault Systèmes obtient le renouvellement de sa qualification 3.2, désormais étendue à son offre de conteneurs managés."),
    ]),
    # ---------------------------------------------- CNIL fines the Cnaf over its scoring algorithm
    ("cnil-cnaf-algorithme-amende", "fresh88", [
        ("numerama.com", "08-20 09:00", "Algorithme de contrôle des CAF : la CNIL sanctionne la Cnaf",
         "La Caisse nationale des allocations familiales écope de 2 millions d'euros d'amende pour son score de risque, qui ciblait les allocataires les plus précaires."),
        ("lemondeinformatique.fr", "08-20 11:20", "Data mining des allocataires : 2 M€ d'amende pour la Cnaf",
         "La CNIL estime que l'algorithme de ciblage des contrôles traitait des données excessives, dont le handicap et la situation familiale, sans information des personnes."),
        ("zdnet.fr", "08-20 14:50", "Score de risque des CAF : la CNIL ordonne de revoir l'algorithme",
         "Outre l'amende de 2 millions d'euros, la Cnaf a six mois pour retirer du modèle les variables jugées discriminatoires."),
    ]),
    # ---------------------------------------------- Arcom serves notice on Kick
    ("arcom-kick-mise-en-demeure", "fresh88", [
        ("bfmtv.com", "08-20 10:40", "Directs violents : l'Arcom met en demeure la plateforme Kick",
         "Le régulateur donne un mois à la plateforme de streaming australienne pour modérer les lives humiliants diffusés par des créateurs français."),
        ("clubic.com", "08-20 16:15", "Kick sommé par l'Arcom de faire le ménage dans ses lives",
         "La plateforme concurrente de Twitch risque une amende de 6 % de son chiffre d'affaires si elle ne retire pas plus vite les contenus dégradants."),
    ]),
    # ---------------------------------------------- Paris court orders ISPs to block shadow libraries
    ("tj-paris-blocage-bibliotheques-pirates", "fresh88", [
        ("next.ink", "08-21 09:30", "Les FAI condamnés à bloquer Anna's Archive et 11 autres bibliothèques pirates",
         "Saisi par le Syndicat national de l'édition, le tribunal judiciaire de Paris ordonne le blocage de douze sites de téléchargement de livres pour dix-huit mois."),
    ]),
    # ---------------------------------------------- Commission fines Alphabet under the DMA (Google Search)
    ("dma-google-search-amende", "fresh88", [
        ("latribune.fr", "08-25 09:00", "DMA : Alphabet condamné à 2,4 milliards d'euros pour avoir favorisé ses propres services",
         "La Commission européenne sanctionne Google pour l'affichage privilégié de Google Shopping, Google Vols et Google Hôtels dans ses résultats de recherche."),
        ("lemondeinformatique.fr", "08-25 11:40", "Autopréférence dans Google Search : première amende DMA pour Alphabet",
         "Bruxelles conclut la procédure ouverte en mars 2024 : Google n'a pas traité équitablement les comparateurs concurrents dans ses pages de résultats."),
        ("numerama.com", "08-25 14:00", "2,4 milliards d'amende : Google paie le prix de ses encarts Shopping et Hôtels",
         "Le moteur de recherche est sanctionné au titre du DMA, un mois après la cession d'AdX exigée par la Commission dans un autre dossier."),
        ("clubic.com", "08-26 08:10", "Amende DMA de Google : ce qui va changer dans vos résultats de recherche",
         "Comparateurs mieux exposés, encarts Google Vols réduits : ce que la décision de Bruxelles impose au moteur de recherche en Europe."),
    ]),
    # ---------------------------------------------- Senate report on the State's dependency on Microsoft
    ("senat-rapport-dependance-microsoft", "fresh88", [
        ("next.ink", "08-26 10:00", "Commande publique : le Sénat épingle la dépendance de l'État à Microsoft",
         "La commission d'enquête sénatoriale recommande d'exclure des marchés sensibles les offres soumises au droit extraterritorial américain et de réviser les contrats passés via l'Ugap."),
    ]),
    # ---------------------------------------------- noyb complaint against Mistral AI
    ("noyb-plainte-mistral", "fresh88", [
        ("usine-digitale.fr", "08-27 09:20", "RGPD : noyb dépose plainte contre Mistral AI auprès de la CNIL",
         "L'association de Max Schrems reproche au Chat de Mistral AI de produire des informations erronées sur des personnes réelles sans moyen de les faire rectifier."),
    ]),
    # ---------------------------------------------- EU General Court rejects challenge to the DSA supervisory fee
    ("tribunal-ue-redevance-dsa", "fresh88", [
        ("journaldunet.com", "08-28 10:30", "Redevance de surveillance du DSA : le Tribunal de l'UE donne raison à la Commission",
         "Les juges de Luxembourg rejettent les recours de TikTok et Meta, qui contestaient le mode de calcul de la contribution annuelle versée par les très grandes plateformes."),
    ]),
    # ---------------------------------------------- Bercy wants to raise the digital services tax
    ("taxe-services-numeriques-hausse", "fresh88", [
        ("latribune.fr", "08-28 07:00", "Budget 2027 : Bercy veut porter la taxe sur les services numériques à 5 %",
         "Le gouvernement envisage de relever de 3 % à 5 % la taxe sur les géants du numérique dans le projet de loi de finances, pour un gain de 400 millions d'euros."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
