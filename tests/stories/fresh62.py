"""The 62nd fresh labelled set, mostly public sector and regulation, April to June 2026: held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh62".
Positives: a scoop the evening before the decision ("s'apprête à"), titles by periphrasis only
("l'opérateur de Xavier Niel", "Mountain View", "le gendarme de la concurrence", "l'opérateur public
de l'emploi", "le champion français du cloud", "l'éditeur d'Assassin's Creed", "l'opérateur au carré
rouge"), an English word title ("Data breach", "Layoffs"), quotes as titles, same-day reactions ("nous
contesterons", "fera appel", Musk's « censure »), "selon L'Informé", explainers and how-tos the next
day, a terse follow-up ("NIS2 : c'est voté"), a claim of the attack the next day, a title naming the
previous look-alike ("Après la Haute-Saône ...").
Hard negatives: a CNIL fine then its appeal six weeks later; two CNIL fines on two days; a CNIL fine
beside the CNIL annual report and a CNIL notice; a DGCCRF fine of Free weeks after the CNIL one; two
Autorité de la concurrence cases (a fine of Meta, an appeal ruling on Apple); DMA preliminary findings
then the fine on Google; DMA penalties on Meta beside a DMA closure for Apple; a DSA fine of X then new
DSA proceedings two days later; a DGCCRF fine of Shein then DSA findings the next day; AI Act delay
then an AI Act code of practice; the Health Data Hub award then its court challenge two days later;
a France Travail leak then a Cour des comptes report on its security; two impots.gouv outages (the
later vague); an impots outage beside a DGFiP phishing alert; two ransomware attacks on two local
authorities and an ANSSI report on them; two SecNumCloud qualifications; NIS2 law then the ANSSI
portal; Arcom notices then a Conseil d'État ruling; an Arcep notice to Orange then Orange's copper
closing list two days later; the SFR sale then its merger review; an app feature then a bug in it;
Ubisoft layoffs then a strike; two Patch Tuesdays; two Google I/O products; two funding rounds on one
day; two operators' results; a Mistral model then a Mistral ministry contract; a Cour des comptes
report on Portalis then its abandonment; a Freebox update then its Wi-Fi bug; two Scaleway outages;
weekly roundups, newsletters and deals posts that recur.
`build` fixes the year 2026; times are UTC, April to June 2026.

Held out: measured once, on the code that lands at the end of stop 27: precision 1.000, recall 0.615 (0.887 /
0.615 on 13a24e1, the code that landed at stop 26); totals measured part-way too, on 7a21257: 0.888 / 0.620;
nothing was written for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- CNIL fines Free and Free Mobile (old subscribers' data)
    ("cnil-fine-free", "fresh62", [
        ("lesechos.fr", "04-07 18:10",
         "La CNIL s'apprête à sanctionner lourdement Free",
         "Selon nos informations, la formation restreinte de la CNIL doit rendre mercredi une décision visant "
         "Free et Free Mobile pour la conservation excessive des données d'anciens abonnés."),
        ("lemondeinformatique.fr", "04-08 09:15",
         "La CNIL inflige 30 millions d'euros d'amende à Free et Free Mobile",
         "La formation restreinte de la CNIL sanctionne les deux opérateurs du groupe Iliad pour avoir conservé "
         "pendant des années les données de millions d'anciens clients, sans base légale."),
        ("silicon.fr", "04-08 10:40",
         "RGPD : Free écope de 30 millions d'euros de sanction",
         "Durées de conservation non respectées, information insuffisante des abonnés : la CNIL sanctionne "
         "l'opérateur à hauteur de 30 millions d'euros."),
        ("numerama.com", "04-08 12:05",
         "Data breach : la note salée pour l'opérateur de Xavier Niel",
         "Des données d'abonnés partis depuis dix ans étaient encore stockées, et certaines ont fuité lors de "
         "la cyberattaque de 2024 : le gendarme de la vie privée frappe fort."),
        ("bfmtv.com", "04-08 14:30",
         "« Nous contesterons cette décision » : Free réagit à l'amende de la CNIL",
         "Le groupe Iliad juge la sanction de 30 millions d'euros « disproportionnée » et annonce son intention "
         "de la contester devant le Conseil d'État."),
    ]),
    # ---------------------------------------------- Free files its appeal, six weeks later
    ("free-appeal-cnil-fine", "fresh62", [
        ("next.ink", "05-20 10:30",
         "Free attaque devant le Conseil d'État l'amende de 30 millions de la CNIL",
         "L'opérateur a déposé mardi un recours contre la sanction prononcée début avril, qu'il juge "
         "disproportionnée, et demande sa suspension en référé."),
        ("lemondeinformatique.fr", "05-20 15:00",
         "Sanction RGPD : Free fait appel de la décision de la CNIL",
         "Iliad a saisi la haute juridiction administrative pour obtenir l'annulation de l'amende infligée à "
         "Free et Free Mobile pour la conservation des données d'anciens abonnés."),
    ]),
    # ---------------------------------------------- CNIL fines Leboncoin over cookies, the next day
    ("cnil-fine-leboncoin-cookies", "fresh62", [
        ("zdnet.fr", "04-09 09:00",
         "Cookies : la CNIL sanctionne Leboncoin de 8 millions d'euros",
         "La CNIL reproche à la plateforme de petites annonces d'avoir rendu le refus des traceurs publicitaires "
         "plus compliqué que leur acceptation."),
        ("clubic.com", "04-09 11:20",
         "Leboncoin condamné par la CNIL pour ses cookies publicitaires",
         "Au lendemain de l'amende contre Free, le gendarme des données personnelles sanctionne le site "
         "d'annonces pour son bandeau de consentement."),
        ("01net.com", "04-09 16:45",
         "Refuser les traceurs sur le site d'annonces préféré des Français était trop compliqué : 8 millions d'amende",
         "Un clic pour tout accepter, quatre pour tout refuser : la Commission informatique et libertés "
         "sanctionne Leboncoin."),
    ]),
    # ---------------------------------------------- CNIL annual report
    ("cnil-annual-report", "fresh62", [
        ("lemondeinformatique.fr", "05-28 10:00",
         "Rapport annuel de la CNIL : un record de plaintes en 2025",
         "La CNIL a reçu plus de 18 000 plaintes l'an dernier et prononcé 87 sanctions, un niveau inédit, "
         "selon son rapport d'activité publié jeudi."),
        ("zdnet.fr", "05-28 15:00",
         "La CNIL a prononcé 87 sanctions en 2025",
         "Le gendarme de la vie privée dresse son bilan annuel : amendes en hausse, procédure simplifiée "
         "généralisée et priorité donnée à la cybersécurité."),
        ("next.ink", "05-29 09:00",
         "CNIL : 18 000 plaintes et des amendes qui s'envolent",
         "Le rapport d'activité 2025 de la Commission montre une explosion des plaintes liées aux fuites de "
         "données et à la prospection commerciale."),
    ]),
    # ---------------------------------------------- CNIL notice to towns on video surveillance (single)
    ("cnil-videosurveillance-communes", "fresh62", [
        ("zdnet.fr", "05-29 11:30",
         "Vidéosurveillance : la CNIL met en demeure dix communes",
         "La CNIL reproche à dix municipalités des caméras filmant la voie publique sans information des "
         "passants ni durée de conservation définie."),
    ]),
    # ---------------------------------------------- CNIL recommendations on AI training (single)
    ("cnil-ia-recommandations", "fresh62", [
        ("lemagit.fr", "06-22 09:40",
         "IA : la CNIL encadre le moissonnage de données publiques pour l'entraînement",
         "La Commission publie ses recommandations sur la collecte de données accessibles en ligne pour "
         "entraîner des modèles d'IA, avec une liste de garanties attendues."),
    ]),
    # ---------------------------------------------- DGCCRF fines Free over door-to-door selling (single)
    ("dgccrf-free-demarchage", "fresh62", [
        ("01net.com", "06-08 12:15",
         "Démarchage abusif : Free sanctionné par la DGCCRF",
         "La répression des fraudes inflige 2,4 millions d'euros d'amende à l'opérateur pour des pratiques "
         "agressives de ses vendeurs en porte-à-porte."),
    ]),
    # ---------------------------------------------- Autorité de la concurrence fines Meta (ad verification)
    ("adlc-fine-meta-ads", "fresh62", [
        ("lesechos.fr", "04-15 06:30",
         "Publicité en ligne : l'Autorité de la concurrence inflige 180 millions d'euros à Meta",
         "Le gendarme de la concurrence sanctionne la maison mère de Facebook pour avoir privé les sociétés de "
         "vérification publicitaire d'un accès équitable à ses données."),
        ("lemondeinformatique.fr", "04-15 10:10",
         "Meta condamné à 180 M€ pour abus de position dominante",
         "L'Autorité de la concurrence estime que Meta a appliqué des critères opaques et discriminatoires "
         "aux prestataires de vérification des publicités."),
        ("usine-digitale.fr", "04-15 11:45",
         "Vérification publicitaire : Meta lourdement sanctionné en France",
         "Saisie en 2022 par un acteur de l'adtech, l'Autorité conclut à un abus de position dominante sur le "
         "marché de la publicité sur les réseaux sociaux."),
        ("lefigaro.fr", "04-15 13:20",
         "Le gendarme de la concurrence frappe la maison mère de Facebook",
         "L'amende de 180 millions d'euros vise les conditions d'accès imposées aux entreprises qui mesurent "
         "l'efficacité des campagnes sur Facebook et Instagram."),
        ("journaldunet.com", "04-16 08:00",
         "Sanction de Meta : ce que la décision change pour les annonceurs",
         "Injonctions, délais, nouvelles règles d'accès aux données : ce que la décision de l'Autorité de la "
         "concurrence contre Meta implique pour les agences et les annonceurs."),
    ]),
    # ---------------------------------------------- Paris appeal court upholds the 2025 ATT fine on Apple
    ("adlc-apple-att-appeal", "fresh62", [
        ("lemondeinformatique.fr", "05-07 14:00",
         "La cour d'appel de Paris confirme l'amende de 150 millions infligée à Apple",
         "Les juges ont rejeté le recours d'Apple contre la sanction prononcée en 2025 par l'Autorité de la "
         "concurrence pour son dispositif de transparence du suivi publicitaire (ATT)."),
        ("01net.com", "05-07 16:30",
         "ATT : Apple perd en appel face à l'Autorité de la concurrence",
         "La firme de Cupertino devra bien payer 150 millions d'euros ; la cour d'appel valide l'analyse du "
         "gendarme de la concurrence."),
        ("frandroid.com", "05-08 09:00",
         "Suivi publicitaire sur iPhone : la justice donne tort à Apple",
         "La fenêtre qui demande si vous acceptez d'être pisté reste jugée abusive : la cour d'appel confirme "
         "la sanction de 2025."),
    ]),
    # ---------------------------------------------- DMA: periodic penalties on Meta (pay or consent)
    ("dma-meta-penalties", "fresh62", [
        ("lesechos.fr", "04-22 07:00",
         "DMA : Bruxelles inflige des astreintes à Meta sur le « payer ou consentir »",
         "La Commission européenne juge que la nouvelle formule publicitaire de Facebook et Instagram ne "
         "respecte toujours pas le règlement sur les marchés numériques et impose des astreintes journalières."),
        ("latribune.fr", "04-22 10:15",
         "Meta visé par des astreintes pouvant atteindre 5 % de son chiffre d'affaires journalier",
         "Bruxelles passe à la vitesse supérieure dans son bras de fer avec le groupe de Mark Zuckerberg sur "
         "le consentement publicitaire."),
        ("numerama.com", "04-22 12:40",
         "Payer ou accepter la pub : l'Europe perd patience avec Facebook et Instagram",
         "Chaque jour de retard coûtera désormais cher à Meta, qui n'a pas proposé d'option gratuite avec moins "
         "de publicité ciblée, estime la Commission."),
        ("silicon.fr", "04-22 15:00",
         "Digital Markets Act : la Commission durcit le ton contre Meta",
         "Un an après l'amende de 200 millions d'euros, la Commission impose des astreintes à Meta pour "
         "non-conformité persistante."),
    ]),
    # ---------------------------------------------- DMA: Commission closes Apple browser-choice probe (single)
    ("dma-apple-browser-closed", "fresh62", [
        ("lemondeinformatique.fr", "04-23 11:30",
         "DMA : Bruxelles clôt son enquête sur l'écran de choix du navigateur d'Apple",
         "La Commission européenne estime que les modifications apportées à iOS satisfont désormais aux "
         "exigences du règlement sur les marchés numériques."),
    ]),
    # ---------------------------------------------- DMA: preliminary findings on Google's AI summaries
    ("dma-google-preliminary", "fresh62", [
        ("lemondeinformatique.fr", "04-28 11:00",
         "DMA : Bruxelles accuse Google de favoriser ses réponses générées par IA",
         "La Commission européenne adresse à Alphabet des conclusions préliminaires estimant que les résumés IA "
         "de Google Search relèguent les sites concurrents."),
        ("next.ink", "04-28 14:20",
         "Résumés IA dans Google : la Commission européenne voit une infraction au DMA",
         "Premières conclusions de Bruxelles : le moteur de recherche pratiquerait l'autopréférence ; Alphabet "
         "peut encore répondre avant une éventuelle amende."),
    ]),
    # ---------------------------------------------- DMA: the fine on Google, six weeks later
    ("dma-google-fine", "fresh62", [
        ("lesechos.fr", "06-10 06:00",
         "Bruxelles inflige une amende de 2,1 milliards d'euros à Google au titre du DMA",
         "La Commission sanctionne Alphabet pour l'autopréférence de ses résumés générés par IA dans le moteur "
         "de recherche, la plus lourde amende prononcée sous le règlement."),
        ("lefigaro.fr", "06-10 09:30",
         "Bruxelles frappe Mountain View au portefeuille",
         "La Commission européenne sanctionne le géant américain de la recherche en ligne de 2,1 milliards "
         "d'euros pour avoir mis en avant ses propres réponses."),
        ("lemondeinformatique.fr", "06-10 11:00",
         "Digital Markets Act : Google condamné à 2,1 Md€",
         "Alphabet dispose de 60 jours pour mettre fin à l'autopréférence de ses résumés IA, sous peine "
         "d'astreintes."),
        ("zdnet.fr", "06-10 14:45",
         "Google va faire appel de son amende DMA de 2,1 milliards",
         "Le groupe californien conteste la décision de la Commission et annonce qu'il saisira le Tribunal de "
         "l'Union européenne."),
        ("numerama.com", "06-11 08:30",
         "Amende record contre Google : pourquoi Bruxelles vise le mode IA",
         "Ce que la Commission reproche exactement aux résumés générés par IA, et ce qui pourrait changer dans "
         "vos résultats de recherche."),
    ]),
    # ---------------------------------------------- DSA: fine of X for illegal content moderation
    ("dsa-x-fine", "fresh62", [
        ("lesechos.fr", "05-06 12:00",
         "DSA : la Commission inflige 350 millions d'euros à X",
         "Bruxelles sanctionne le réseau social d'Elon Musk pour ses manquements dans le traitement des "
         "signalements de contenus illicites."),
        ("numerama.com", "05-06 14:10",
         "X (ex-Twitter) de nouveau sanctionné par Bruxelles",
         "Après l'amende sur les badges bleus, la Commission frappe X pour sa modération défaillante des "
         "contenus illégaux signalés par les utilisateurs."),
        ("bfmtv.com", "05-06 16:00",
         "Elon Musk dénonce une « censure » après l'amende européenne contre X",
         "Le milliardaire a réagi avec virulence à la sanction de 350 millions d'euros prononcée par la "
         "Commission au titre du règlement sur les services numériques."),
    ]),
    # ---------------------------------------------- DSA: new proceedings against X over Grok, two days later
    ("dsa-x-grok-proceedings", "fresh62", [
        ("next.ink", "05-08 10:00",
         "DSA : la Commission ouvre une nouvelle procédure contre X, cette fois sur Grok",
         "Bruxelles veut savoir si X a évalué les risques liés à l'intégration de son IA générative, accusée "
         "de produire des deepfakes à la demande."),
        ("01net.com", "05-08 13:30",
         "Deepfakes générés par Grok : X encore dans le viseur de Bruxelles",
         "Deux jours après l'amende de 350 millions, la Commission lance une enquête distincte sur le chatbot "
         "d'xAI intégré au réseau social."),
    ]),
    # ---------------------------------------------- DGCCRF fines Shein for filtered reviews
    ("dgccrf-shein-reviews", "fresh62", [
        ("bfmtv.com", "04-16 08:30",
         "Avis clients filtrés : la DGCCRF inflige 18 millions d'euros à Shein",
         "La répression des fraudes reproche à la plateforme de mode d'avoir masqué les avis négatifs sur ses "
         "produits vendus en France."),
        ("lefigaro.fr", "04-16 11:00",
         "Shein à nouveau sanctionné en France",
         "Après les fausses promotions l'an dernier, Bercy épingle le géant de la mode éphémère pour des avis "
         "de consommateurs triés."),
        ("numerama.com", "04-16 15:20",
         "Shein cachait les mauvaises notes, Bercy lui fait payer 18 millions d'euros",
         "Les avis inférieurs à quatre étoiles étaient relégués ou supprimés, selon l'enquête de la DGCCRF."),
    ]),
    # ---------------------------------------------- DSA: Commission's preliminary findings on Shein, the next day
    ("dsa-shein-findings", "fresh62", [
        ("usine-digitale.fr", "04-17 10:00",
         "DSA : Bruxelles reproche à Shein la vente de produits illicites",
         "La Commission européenne adresse des conclusions préliminaires à la plateforme chinoise, qu'elle "
         "accuse de ne pas évaluer les risques liés aux produits dangereux."),
        ("lesechos.fr", "04-17 12:30",
         "Shein dans le viseur de la Commission européenne au titre du DSA",
         "Bruxelles estime que la place de marché viole le règlement sur les services numériques ; Shein "
         "risque jusqu'à 6 % de son chiffre d'affaires mondial."),
        ("clubic.com", "04-17 17:00",
         "Produits dangereux, jouets non conformes : l'Europe accuse Shein de laxisme",
         "Au lendemain de l'amende française, c'est au tour de la Commission européenne de s'en prendre à la "
         "plateforme."),
    ]),
    # ---------------------------------------------- AI Act: agreement to delay high-risk obligations
    ("ai-act-high-risk-delay", "fresh62", [
        ("lemondeinformatique.fr", "05-13 09:00",
         "AI Act : accord pour reporter les règles sur l'IA à haut risque",
         "Parlement européen et Conseil se sont entendus dans la nuit sur l'omnibus numérique, qui décale à "
         "décembre 2027 les obligations visant les systèmes d'IA à haut risque."),
        ("usine-digitale.fr", "05-13 10:30",
         "Omnibus numérique : Bruxelles accorde un sursis aux systèmes d'IA à haut risque",
         "Les entreprises gagnent seize mois pour se conformer au règlement européen sur l'intelligence "
         "artificielle, après un accord en trilogue."),
        ("silicon.fr", "05-13 14:00",
         "Règlement européen sur l'IA : le report est acté",
         "Colégislateurs européens d'accord : les obligations applicables aux IA à haut risque n'entreront pas "
         "en vigueur en août."),
        ("journaldunet.com", "05-14 07:30",
         "Report de l'AI Act : ce qui change pour les entreprises",
         "Calendrier, systèmes concernés, obligations maintenues : le point sur l'accord de report du "
         "règlement européen sur l'IA."),
    ]),
    # ---------------------------------------------- AI Act: code of practice on marking AI content
    ("ai-act-marking-code", "fresh62", [
        ("usine-digitale.fr", "06-17 10:00",
         "AI Act : la Commission publie son code de bonnes pratiques sur le marquage des contenus IA",
         "Le texte précise comment les fournisseurs devront signaler les images, vidéos et textes générés par "
         "intelligence artificielle à partir d'août."),
        ("next.ink", "06-17 15:30",
         "Filigranes et étiquettes : Bruxelles détaille comment signaler les contenus d'IA",
         "Le Bureau de l'IA publie la version finale de son code sur la transparence, fruit de huit mois de "
         "consultations."),
    ]),
    # ---------------------------------------------- DINUM opens La Suite numérique to local authorities
    ("suite-numerique-collectivites", "fresh62", [
        ("next.ink", "04-02 08:45",
         "La Suite numérique de l'État s'ouvre aux collectivités",
         "La DINUM annonce que Docs, Visio et Tchap seront proposés gratuitement aux communes, départements et "
         "régions qui le souhaitent."),
        ("lemagit.fr", "04-02 10:30",
         "La DINUM propose ses outils collaboratifs aux collectivités territoriales",
         "L'offre souveraine développée pour les ministères sera accessible aux collectivités via "
         "ProConnect, avec un accompagnement de l'ANCT."),
        ("clubic.com", "04-02 12:00",
         "Les communes pourront utiliser gratuitement les outils bureautiques de l'État",
         "Traitement de texte collaboratif, visioconférence, messagerie : l'État partage ses logiciels libres "
         "avec les mairies."),
        ("zdnet.fr", "04-02 14:00",
         "Docs, Visio, Tchap : les mairies invitées à lâcher Microsoft 365",
         "Le gouvernement veut convaincre les élus locaux de basculer vers les alternatives souveraines "
         "développées par la direction interministérielle du numérique."),
        ("lemondeinformatique.fr", "04-03 09:10",
         "Souveraineté : l'État met ses logiciels collaboratifs à disposition des collectivités",
         "Après les ministères, la Suite numérique vise les 35 000 communes ; reste la question du support et "
         "de l'hébergement."),
    ]),
    # ---------------------------------------------- Tchap outage
    ("tchap-outage", "fresh62", [
        ("next.ink", "05-05 11:20",
         "Tchap, la messagerie des agents publics, en panne toute la matinée",
         "Impossible d'envoyer des messages pendant près de quatre heures mardi ; la DINUM évoque un incident "
         "sur un serveur de base de données."),
        ("01net.com", "05-05 15:00",
         "La messagerie sécurisée de l'État victime d'une longue coupure",
         "Des milliers de fonctionnaires privés de Tchap : le service est revenu en début d'après-midi."),
    ]),
    # ---------------------------------------------- Albert opened to all civil servants (single)
    ("albert-tous-agents", "fresh62", [
        ("lemondeinformatique.fr", "06-05 10:20",
         "Albert, l'IA de l'État, ouverte à tous les agents publics",
         "L'assistant conversationnel développé par la DINUM, jusqu'ici réservé à quelques administrations, "
         "est désormais accessible aux 5,7 millions d'agents."),
    ]),
    # ---------------------------------------------- Health Data Hub awarded to OVHcloud
    ("hdh-ovhcloud", "fresh62", [
        ("lesechos.fr", "05-19 06:15",
         "OVHcloud décroche l'hébergement des données de santé des Français",
         "L'État a retenu l'offre du groupe roubaisien pour héberger le Health Data Hub, qui doit quitter "
         "Microsoft Azure d'ici fin 2027."),
        ("lemagit.fr", "05-19 09:00",
         "Health Data Hub : OVHcloud remporte l'appel d'offres",
         "Le marché, attribué pour quatre ans, prévoit une migration progressive de la plateforme vers un "
         "cloud qualifié SecNumCloud."),
        ("next.ink", "05-19 11:40",
         "Données de santé : la plateforme nationale quitte enfin Microsoft",
         "Après six ans de polémique sur l'exposition au Cloud Act, le ministère de la Santé annonce le nom de "
         "son nouvel hébergeur."),
        ("usine-digitale.fr", "05-19 14:00",
         "Le Health Data Hub migrera vers un cloud souverain",
         "L'attribution du marché à OVHcloud met fin à une longue séquence ; la migration des bases du SNDS "
         "débutera en 2026."),
        ("lemondeinformatique.fr", "05-20 08:30",
         "Le champion français du cloud va héberger la plateforme des données de santé",
         "Calendrier, coût et architecture : les détails du contrat qui doit rapatrier le Health Data Hub "
         "sur une infrastructure française."),
    ]),
    # ---------------------------------------------- a losing bidder challenges the award, two days later
    ("hdh-award-challenged", "fresh62", [
        ("lemagit.fr", "05-21 10:00",
         "Health Data Hub : un candidat évincé saisit le tribunal administratif",
         "Un concurrent malheureux conteste en référé précontractuel l'attribution à OVHcloud du marché "
         "d'hébergement de la plateforme des données de santé."),
        ("lesechos.fr", "05-21 16:30",
         "Hébergement des données de santé : le marché attribué à OVHcloud contesté en justice",
         "Le groupement perdant dénonce des critères de notation favorisant l'offre retenue ; la signature du "
         "contrat est suspendue."),
    ]),
    # ---------------------------------------------- France Travail data breach
    ("france-travail-breach", "fresh62", [
        ("numerama.com", "04-23 09:30",
         "France Travail victime d'une nouvelle fuite de données : 1,2 million d'inscrits concernés",
         "Noms, adresses, numéros de sécurité sociale : l'opérateur a prévenu ses inscrits qu'un pirate avait "
         "accédé à leurs informations."),
        ("bfmtv.com", "04-23 11:00",
         "Fuite de données chez France Travail : ce qui a été dérobé",
         "Les coordonnées et le numéro de sécurité sociale de 1,2 million de demandeurs d'emploi sont entre "
         "les mains de cybercriminels."),
        ("zdnet.fr", "04-23 13:15",
         "« Un accès anormal a été détecté » : l'opérateur public de l'emploi alerte ses inscrits",
         "Un courriel envoyé mercredi soir à plus d'un million de personnes confirme une intrusion dans le "
         "système d'information."),
        ("lemagit.fr", "04-23 16:00",
         "France Travail : le compte d'un conseiller Cap emploi à l'origine de l'intrusion",
         "L'attaquant a utilisé les identifiants volés d'un partenaire pour extraire des dossiers, comme lors "
         "des incidents précédents."),
        ("01net.com", "04-24 08:00",
         "Vos données de demandeur d'emploi ont fuité ? Voici comment vous protéger",
         "Hameçonnage, usurpation d'identité : les bons réflexes après la fuite qui touche 1,2 million "
         "d'inscrits à France Travail."),
    ]),
    # ---------------------------------------------- Cour des comptes report on France Travail's security
    ("cour-comptes-france-travail", "fresh62", [
        ("lemondeinformatique.fr", "06-04 10:00",
         "Cybersécurité : la Cour des comptes étrille France Travail",
         "Dans un rapport publié jeudi, les magistrats financiers jugent que l'opérateur n'a pas tiré les "
         "leçons des fuites de données successives et réclament un plan de sécurisation."),
        ("lefigaro.fr", "06-04 12:30",
         "Fuites de données à répétition : le rapport accablant de la Cour des comptes",
         "Gestion des accès des partenaires, authentification, supervision : la rue Cambon détaille les "
         "failles de France Travail."),
        ("next.ink", "06-04 16:00",
         "La Cour des comptes détaille les failles du SI de France Travail",
         "Le rapport recommande de couper les accès des partenaires non authentifiés par double facteur d'ici "
         "la fin de l'année."),
    ]),
    # ---------------------------------------------- impots.gouv outage on the opening day of tax returns
    ("impots-outage-opening", "fresh62", [
        ("01net.com", "04-09 10:30",
         "Déclaration de revenus : le site impots.gouv.fr inaccessible pour l'ouverture",
         "Dès 9 heures, des milliers de contribuables se sont heurtés à une page d'erreur au premier jour de "
         "la campagne déclarative."),
        ("bfmtv.com", "04-09 12:00",
         "Impôts 2026 : le service de déclaration en ligne saturé dès le premier jour",
         "La DGFiP reconnaît des difficultés d'accès et invite les usagers à revenir plus tard."),
        ("lefigaro.fr", "04-09 17:40",
         "Bercy explique la panne du site des impôts",
         "Un afflux record de connexions et un défaut sur le service d'authentification sont à l'origine de la "
         "coupure de jeudi matin."),
    ]),
    # ---------------------------------------------- DGFiP phishing alert, the next day (single)
    ("dgfip-phishing-alert", "fresh62", [
        ("01net.com", "04-10 09:15",
         "Faux remboursements d'impôts : la DGFiP alerte sur une vague d'hameçonnage",
         "Des SMS et courriels promettant un remboursement invitent à saisir ses coordonnées bancaires ; "
         "l'administration rappelle qu'elle ne les demande jamais."),
    ]),
    # ---------------------------------------------- impots.gouv outage near the deadline (vague)
    ("impots-outage-deadline", "fresh62", [
        ("bfmtv.com", "05-21 09:45",
         "Le site des impôts de nouveau en panne",
         "À quelques jours de la date limite, de nombreux contribuables n'arrivaient pas à se connecter jeudi "
         "matin."),
        ("clubic.com", "05-21 13:00",
         "impots.gouv.fr en rade : ne paniquez pas pour la date limite",
         "L'administration assure qu'aucune pénalité ne sera appliquée aux usagers bloqués par l'incident de "
         "ce jeudi."),
    ]),
    # ---------------------------------------------- ransomware on the Haute-Saône département
    ("ransomware-haute-saone", "fresh62", [
        ("lemagit.fr", "04-27 09:10",
         "Le département de la Haute-Saône frappé par un rançongiciel",
         "Les services du conseil départemental fonctionnent en mode dégradé depuis dimanche ; le versement "
         "des aides sociales est retardé."),
        ("zdnet.fr", "04-27 14:30",
         "Cyberattaque : le conseil départemental de Haute-Saône à l'arrêt",
         "Messagerie, téléphonie, logiciels métiers : la collectivité a coupé son réseau après la détection "
         "d'un chiffrement de ses serveurs."),
        ("numerama.com", "04-28 08:40",
         "Haute-Saône : le groupe Qilin revendique l'attaque contre le département",
         "Les pirates menacent de publier 300 Go de documents si la collectivité ne paie pas la rançon."),
    ]),
    # ---------------------------------------------- ransomware on the town of Saint-Nazaire, three days later
    ("ransomware-saint-nazaire", "fresh62", [
        ("lemagit.fr", "04-30 10:00",
         "Saint-Nazaire : la mairie victime d'une cyberattaque",
         "La ville a déclenché sa cellule de crise après le chiffrement d'une partie de ses serveurs ; "
         "l'état civil est fermé."),
        ("01net.com", "04-30 15:20",
         "Après la Haute-Saône, une nouvelle collectivité paralysée par des pirates",
         "Cette fois, c'est la mairie de Saint-Nazaire qui a dû couper ses systèmes informatiques après une "
         "attaque par rançongiciel."),
    ]),
    # ---------------------------------------------- ANSSI report on attacks against local authorities (single)
    ("anssi-collectivites-report", "fresh62", [
        ("lemagit.fr", "05-04 09:00",
         "L'ANSSI alerte sur la hausse des attaques contre les collectivités",
         "Dans un état de la menace publié lundi, l'agence recense 218 incidents visant des collectivités en "
         "2025, dont un quart par rançongiciel."),
    ]),
    # ---------------------------------------------- Bleu gets SecNumCloud
    ("secnumcloud-bleu", "fresh62", [
        ("lemagit.fr", "04-07 08:30",
         "Bleu décroche enfin la qualification SecNumCloud",
         "La coentreprise d'Orange et Capgemini, qui distribue les services Azure, obtient le visa de l'ANSSI "
         "après deux ans d'évaluation."),
        ("silicon.fr", "04-07 11:00",
         "Cloud de confiance : l'ANSSI qualifie l'offre d'Orange et Capgemini",
         "Les services Microsoft opérés par Bleu peuvent désormais héberger des données sensibles de l'État."),
        ("lemondeinformatique.fr", "04-07 14:30",
         "SecNumCloud : feu vert de l'ANSSI pour Bleu",
         "La qualification couvre l'infrastructure et une première série de services Azure et Microsoft 365."),
    ]),
    # ---------------------------------------------- NumSpot gets SecNumCloud, two months later
    ("secnumcloud-numspot", "fresh62", [
        ("lemagit.fr", "06-02 09:00",
         "NumSpot obtient à son tour la qualification SecNumCloud",
         "Le cloud souverain porté par Docaposte, Dassault Systèmes et Bouygues Telecom reçoit le visa de "
         "l'ANSSI pour son offre IaaS."),
        ("silicon.fr", "06-02 15:00",
         "Cloud souverain : l'ANSSI qualifie NumSpot",
         "La qualification permet à NumSpot de répondre aux marchés publics imposant la doctrine cloud au "
         "centre."),
    ]),
    # ---------------------------------------------- Parliament adopts the Résilience law (NIS2)
    ("loi-resilience-adoptee", "fresh62", [
        ("lemagit.fr", "05-12 21:00",
         "Le Parlement adopte définitivement la loi Résilience",
         "Après le vote du Sénat mardi soir, la France transpose enfin les directives NIS2, REC et DORA, avec "
         "plus d'un an de retard."),
        ("lemondeinformatique.fr", "05-13 09:00",
         "NIS2 : la France transpose enfin la directive",
         "Le projet de loi relatif à la résilience des infrastructures critiques a été définitivement adopté "
         "par le Parlement."),
        ("silicon.fr", "05-13 10:20",
         "Loi Résilience : ce qui attend les 15 000 entités concernées",
         "Enregistrement auprès de l'ANSSI, mesures de sécurité, notification des incidents : les obligations "
         "du texte adopté mardi."),
        ("zdnet.fr", "05-13 16:00",
         "NIS2 : c'est voté",
         "Le Sénat a adopté mardi soir le texte issu de la commission mixte paritaire."),
    ]),
    # ---------------------------------------------- ANSSI opens the NIS2 registration portal
    ("nis2-anssi-portal", "fresh62", [
        ("lemagit.fr", "06-16 10:00",
         "NIS2 : l'ANSSI ouvre le portail d'enregistrement des entités",
         "Les entreprises et administrations concernées par la directive peuvent désormais se déclarer sur "
         "MonEspaceNIS2."),
        ("journaldunet.com", "06-16 14:00",
         "MonEspaceNIS2 : les entreprises ont trois mois pour se déclarer",
         "L'agence publie aussi un outil d'autoévaluation pour savoir si l'on est entité essentielle ou "
         "importante."),
    ]),
    # ---------------------------------------------- Arcom notices to porn sites over age checks
    ("arcom-age-verification", "fresh62", [
        ("next.ink", "04-29 09:30",
         "Vérification d'âge : l'Arcom met en demeure cinq sites pornographiques",
         "Le régulateur estime que les solutions mises en place ne respectent pas son référentiel et donne "
         "quinze jours aux éditeurs pour se conformer."),
        ("bfmtv.com", "04-29 12:00",
         "Sites pour adultes : l'Arcom menace de blocage cinq plateformes",
         "Faute de contrôle de l'âge efficace, les sites visés pourraient être bloqués par les fournisseurs "
         "d'accès."),
        ("numerama.com", "04-29 17:20",
         "Contrôle de l'âge : quinze jours pour se mettre en règle",
         "Le gendarme de l'audiovisuel et du numérique cible cinq sites X qui se contentent d'une simple case "
         "à cocher."),
    ]),
    # ---------------------------------------------- Conseil d'État upholds Arcom's age-check standard
    ("conseil-etat-arcom-aylo", "fresh62", [
        ("next.ink", "06-18 11:00",
         "Le Conseil d'État valide le référentiel de vérification d'âge de l'Arcom",
         "La haute juridiction administrative rejette le recours d'Aylo, maison mère de Pornhub, contre le "
         "double anonymat imposé aux sites pour adultes."),
        ("lefigaro.fr", "06-18 15:00",
         "Pornhub perd face à l'Arcom devant le Conseil d'État",
         "Les juges estiment que l'obligation de vérifier l'âge des visiteurs ne porte pas une atteinte "
         "disproportionnée à la vie privée."),
    ]),
    # ---------------------------------------------- Arcep formal notice to Orange over the copper network
    ("arcep-orange-copper-notice", "fresh62", [
        ("lemondeinformatique.fr", "05-26 10:00",
         "Réseau cuivre : l'Arcep met en demeure Orange",
         "Le régulateur reproche à l'opérateur historique la dégradation de la qualité de service du réseau "
         "téléphonique fixe, notamment les délais de réparation."),
        ("latribune.fr", "05-26 12:30",
         "Pannes de téléphone fixe : le gendarme des télécoms rappelle Orange à l'ordre",
         "Orange a jusqu'à la fin de l'année pour respecter ses engagements de qualité sur le service "
         "universel, sous peine de sanction."),
        ("01net.com", "05-26 16:00",
         "Lignes fixes en panne pendant des semaines : l'Arcep sermonne l'opérateur historique",
         "Dans certaines communes rurales, une ligne coupée met plus d'un mois à être réparée."),
    ]),
    # ---------------------------------------------- Orange lists the next batch of copper closures, two days later
    ("orange-copper-closure-batch", "fresh62", [
        ("frandroid.com", "05-28 09:00",
         "Fin de l'ADSL : 2 800 communes de plus perdront le cuivre en 2027",
         "Orange publie la liste du prochain lot de fermeture commerciale et technique de son réseau "
         "historique."),
        ("zdnet.fr", "05-28 14:10",
         "Orange publie la liste des communes du prochain lot de fermeture du cuivre",
         "La fermeture technique interviendra en janvier 2028 ; les abonnés devront avoir basculé vers la "
         "fibre."),
    ]),
    # ---------------------------------------------- Altice signs the sale of SFR
    ("sfr-sale-signed", "fresh62", [
        ("lesechos.fr", "04-13 06:00",
         "Altice signe la cession de SFR à Bouygues Telecom, Free et Orange",
         "Après des mois de négociations, Patrick Drahi accepte l'offre des trois opérateurs, qui se "
         "partageront clients et actifs de SFR pour 17 milliards d'euros."),
        ("lefigaro.fr", "04-13 07:30",
         "Patrick Drahi cède SFR pour 17 milliards d'euros",
         "Le milliardaire se résout à vendre l'opérateur au carré rouge, démantelé entre ses trois concurrents."),
        ("latribune.fr", "04-13 09:00",
         "SFR : le démantèlement est signé",
         "Bouygues Telecom récupère la majorité des clients grand public, Free et Orange se partagent le "
         "reste des abonnés et des fréquences."),
        ("bfmtv.com", "04-13 10:30",
         "Rachat de SFR : ce qui va changer pour les 19 millions d'abonnés",
         "Forfaits, box, numéros : les réponses aux questions des clients après l'accord de cession signé "
         "lundi."),
        ("01net.com", "04-13 14:00",
         "C'est officiel : le carré rouge va disparaître",
         "L'accord signé par Altice prévoit la répartition des abonnés entre les trois autres opérateurs."),
    ]),
    # ---------------------------------------------- the Autorité opens an in-depth review of the SFR deal
    ("adlc-sfr-phase2", "fresh62", [
        ("lesechos.fr", "05-29 07:00",
         "Rachat de SFR : l'Autorité de la concurrence ouvre un examen approfondi",
         "Le gendarme de la concurrence s'inquiète des effets du passage de quatre à trois opérateurs et "
         "lance une phase 2 de 65 jours ouvrés."),
        ("latribune.fr", "05-29 10:00",
         "L'opérateur au carré rouge devra attendre : le gendarme de la concurrence prend son temps",
         "Les trois acquéreurs de SFR devront proposer des remèdes, notamment sur le marché des entreprises."),
        ("lemondeinformatique.fr", "05-29 14:30",
         "Démantèlement de SFR : la phase 2 de l'Autorité est lancée",
         "L'examen approfondi repousse la finalisation de l'opération au début de 2027."),
    ]),
    # ---------------------------------------------- France Identité adds the registration certificate
    ("france-identite-carte-grise", "fresh62", [
        ("frandroid.com", "05-11 09:00",
         "France Identité : la carte grise arrive dans l'application",
         "Après le permis de conduire, l'application du ministère de l'Intérieur permet désormais de présenter "
         "son certificat d'immatriculation lors d'un contrôle."),
        ("lesnumeriques.com", "05-11 11:30",
         "Plus besoin du papier : votre certificat d'immatriculation passe sur smartphone",
         "La version 2.4 de l'appli d'identité numérique de l'État ajoute les véhicules à son portefeuille."),
        ("01net.com", "05-11 15:00",
         "France Identité se met à jour : comment ajouter sa carte grise",
         "Notre pas-à-pas pour numériser votre certificat d'immatriculation dans l'application officielle."),
    ]),
    # ---------------------------------------------- a bug in that update, two days later
    ("france-identite-nfc-bug", "fresh62", [
        ("frandroid.com", "05-13 10:00",
         "France Identité : la dernière mise à jour empêche de lire la carte d'identité",
         "Depuis lundi, de nombreux utilisateurs Android ne parviennent plus à scanner la puce de leur carte, "
         "l'application restant bloquée sur un écran noir."),
        ("numerama.com", "05-13 16:00",
         "L'appli d'identité de l'État plante chez de nombreux utilisateurs",
         "Le ministère de l'Intérieur reconnaît un problème sur certains smartphones Samsung et Xiaomi et "
         "promet un correctif."),
    ]),
    # ---------------------------------------------- Ubisoft layoffs in France
    ("ubisoft-layoffs", "fresh62", [
        ("linforme.com", "04-20 06:30",
         "Ubisoft prépare la suppression de 200 postes en France",
         "Selon nos informations, l'éditeur va présenter aux représentants du personnel une rupture "
         "conventionnelle collective touchant ses studios de Paris et Montpellier."),
        ("lesechos.fr", "04-20 10:00",
         "Ubisoft réduit encore ses effectifs en France, selon L'Informé",
         "L'éditeur de jeux vidéo poursuit son plan d'économies avec environ 200 départs en France."),
        ("numerama.com", "04-20 12:30",
         "Layoffs chez Ubisoft : 200 postes menacés à Paris et Montpellier",
         "Le géant du jeu vidéo confirme un projet de réorganisation, sans donner de chiffre."),
        ("lefigaro.fr", "04-20 15:00",
         "L'éditeur d'Assassin's Creed va se séparer de deux cents salariés",
         "Le groupe de la famille Guillemot poursuit sa cure d'austérité après des résultats décevants."),
    ]),
    # ---------------------------------------------- strike at Ubisoft, two days later
    ("ubisoft-strike", "fresh62", [
        ("next.ink", "04-22 11:00",
         "Grève chez Ubisoft : les salariés débraient",
         "À l'appel du STJV, des salariés de plusieurs studios français ont cessé le travail mercredi pour "
         "dénoncer le plan de départs."),
        ("bfmtv.com", "04-22 16:00",
         "Les développeurs d'Ubisoft en grève dans plusieurs studios français",
         "Rassemblements devant les locaux de Saint-Mandé et de Montpellier : les grévistes réclament "
         "l'abandon du plan."),
    ]),
    # ---------------------------------------------- Patch Tuesday of April
    ("patch-tuesday-april", "fresh62", [
        ("lemondeinformatique.fr", "04-14 19:30",
         "Patch Tuesday d'avril : Microsoft corrige 98 vulnérabilités",
         "Le lot mensuel de correctifs comble 98 failles, dont deux zero-day exploitées dans Windows SMB et le "
         "pilote CLFS."),
        ("zdnet.fr", "04-14 21:10",
         "Microsoft colmate deux zero-day activement exploitées",
         "La mise à jour de sécurité d'avril corrige 98 vulnérabilités ; les administrateurs sont invités à "
         "patcher sans attendre."),
    ]),
    # ---------------------------------------------- Patch Tuesday of May
    ("patch-tuesday-may", "fresh62", [
        ("lemondeinformatique.fr", "05-12 19:20",
         "Patch Tuesday de mai : 74 failles corrigées par Microsoft",
         "Microsoft publie ses correctifs mensuels, dont un pour une zero-day dans le noyau Windows déjà "
         "exploitée par des groupes de rançongiciel."),
        ("silicon.fr", "05-13 08:30",
         "Patch Tuesday : une zero-day dans le noyau Windows au menu de mai",
         "74 vulnérabilités corrigées ce mois-ci par Microsoft, dont cinq jugées critiques."),
    ]),
    # ---------------------------------------------- Google I/O: Gemini 3.5
    ("google-io-gemini-35", "fresh62", [
        ("numerama.com", "05-19 18:30",
         "Google I/O 2026 : Gemini 3.5 est là",
         "Google a ouvert sa conférence annuelle en présentant Gemini 3.5, un modèle plus rapide et capable "
         "d'agir dans Chrome."),
        ("frandroid.com", "05-19 19:15",
         "Gemini 3.5 : Google dévoile son modèle le plus puissant",
         "Raisonnement, code, agents : les nouveautés du modèle annoncé en ouverture de la Google I/O."),
        ("usine-digitale.fr", "05-20 09:00",
         "Avec Gemini 3.5, Google veut reprendre l'avantage sur OpenAI",
         "Le nouveau modèle arrive dans l'API et dans l'application Gemini, avec une version Pro réservée aux "
         "abonnés."),
    ]),
    # ---------------------------------------------- Google I/O: Android XR glasses
    ("google-io-android-xr-glasses", "fresh62", [
        ("frandroid.com", "05-19 20:00",
         "Google I/O : les lunettes Android XR arriveront cet automne",
         "Google et Samsung ont montré sur scène leurs lunettes connectées, qui afficheront traductions et "
         "itinéraires dans le champ de vision."),
        ("lesnumeriques.com", "05-20 10:30",
         "Lunettes connectées : Google et Samsung fixent un rendez-vous à l'automne",
         "Prix, autonomie, partenaires lunetiers : ce que l'on sait des premières lunettes Android XR."),
    ]),
    # ---------------------------------------------- funding: Cleyra (legal AI)
    ("funding-cleyra", "fresh62", [
        ("lesechos.fr", "06-09 06:00",
         "La legaltech Cleyra lève 45 millions d'euros",
         "La jeune pousse parisienne, qui automatise la revue de contrats grâce à l'IA, boucle une série B "
         "menée par Eurazeo."),
        ("journaldunet.com", "06-09 10:00",
         "IA juridique : Cleyra boucle une série B de 45 M€",
         "Fondée en 2023, la start-up revendique 400 cabinets et directions juridiques clients en Europe."),
    ]),
    # ---------------------------------------------- funding: Vaultis (cybersecurity), the same day
    ("funding-vaultis", "fresh62", [
        ("usine-digitale.fr", "06-09 09:00",
         "Cybersécurité : Vaultis lève 30 millions d'euros",
         "La start-up lyonnaise, spécialisée dans la protection des sauvegardes contre les rançongiciels, "
         "accélère aux États-Unis."),
        ("silicon.fr", "06-09 11:00",
         "Vaultis boucle un tour de table de 30 M€ pour protéger les sauvegardes",
         "Bpifrance et Partech accompagnent la jeune pousse, qui compte recruter 80 personnes."),
    ]),
    # ---------------------------------------------- Orange Q1 results
    ("orange-q1-results", "fresh62", [
        ("lesechos.fr", "04-23 07:30",
         "Orange : chiffre d'affaires en légère hausse au premier trimestre",
         "L'opérateur affiche des revenus de 10 milliards d'euros, portés par l'Afrique et le Moyen-Orient, "
         "tandis que la France recule."),
        ("latribune.fr", "04-23 11:00",
         "L'opérateur historique tient ses objectifs malgré la guerre des prix",
         "Orange confirme ses prévisions annuelles et se dit prêt à intégrer une partie des clients de SFR."),
    ]),
    # ---------------------------------------------- Bouygues Telecom Q1 results (single)
    ("bouygues-telecom-q1-results", "fresh62", [
        ("lesechos.fr", "04-24 07:15",
         "Bouygues Telecom : un premier trimestre porté par la fibre",
         "La filiale télécoms du groupe Bouygues gagne 95 000 abonnés fixes et voit son chiffre d'affaires "
         "progresser de 2 %."),
    ]),
    # ---------------------------------------------- OVHcloud half-year results (single)
    ("ovhcloud-h1-results", "fresh62", [
        ("lesechos.fr", "04-16 07:00",
         "OVHcloud : un premier semestre porté par le cloud public",
         "Le groupe roubaisien relève sa prévision de croissance annuelle après un semestre à 560 millions "
         "d'euros de chiffre d'affaires."),
    ]),
    # ---------------------------------------------- Capgemini Q1 revenue (single)
    ("capgemini-q1-revenue", "fresh62", [
        ("lemondeinformatique.fr", "04-29 09:00",
         "Capgemini : chiffre d'affaires en repli au premier trimestre",
         "L'ESN recule de 1,8 % à taux de change constants, pénalisée par l'industrie automobile, mais "
         "maintient ses objectifs."),
    ]),
    # ---------------------------------------------- SNCF Connect outage
    ("sncf-connect-outage", "fresh62", [
        ("bfmtv.com", "05-08 09:00",
         "SNCF Connect en panne au premier jour du pont du 8-Mai",
         "Impossible de réserver ou d'afficher ses billets : l'application de la SNCF est inaccessible depuis "
         "7 heures."),
        ("01net.com", "05-08 11:30",
         "Impossible de réserver un train : l'application de la SNCF plantée",
         "Les voyageurs sont invités à présenter leur billet en PDF ou leur confirmation par courriel aux "
         "contrôleurs."),
        ("clubic.com", "05-08 14:00",
         "Panne SNCF Connect : la SNCF évoque un problème chez son hébergeur",
         "Le service est revenu en fin de matinée ; la SNCF met en cause une défaillance d'un prestataire "
         "d'infrastructure."),
    ]),
    # ---------------------------------------------- Mistral Medium 4
    ("mistral-medium-4", "fresh62", [
        ("usine-digitale.fr", "06-23 09:00",
         "Mistral AI lance Mistral Medium 4",
         "Le nouveau modèle de la start-up française vise les usages d'entreprise, avec une fenêtre de "
         "contexte d'un million de jetons."),
        ("numerama.com", "06-23 14:00",
         "La start-up parisienne dégaine un nouveau modèle pour concurrencer GPT-5",
         "Medium 4 promet des performances proches des meilleurs modèles américains pour un coût bien "
         "inférieur."),
        ("lemondeinformatique.fr", "06-24 08:30",
         "Mistral Medium 4 : un modèle taillé pour les entreprises",
         "Disponible dans Le Chat et via l'API, le modèle peut aussi être déployé sur site."),
    ]),
    # ---------------------------------------------- Mistral AI chosen by the Education ministry, two days later
    ("mistral-education-contract", "fresh62", [
        ("next.ink", "06-25 10:00",
         "L'Éducation nationale choisit Mistral AI pour son assistant des enseignants",
         "Le ministère a attribué à la start-up un marché de trois ans pour fournir l'IA qui aidera les "
         "professeurs à préparer leurs cours."),
        ("lefigaro.fr", "06-25 17:00",
         "Un assistant IA français pour 850 000 professeurs",
         "Le ministère de l'Éducation nationale confie à Mistral AI la conception d'un outil d'aide à la "
         "préparation des cours, déployé à la rentrée."),
    ]),
    # ---------------------------------------------- Cour des comptes report on Portalis (justice IT)
    ("cour-comptes-portalis", "fresh62", [
        ("next.ink", "04-16 10:30",
         "Portalis : la Cour des comptes pointe une dérive de 150 millions d'euros",
         "Le programme de numérisation de la justice civile accumule huit ans de retard ; les magistrats "
         "financiers doutent de son achèvement."),
        ("lemondeinformatique.fr", "04-16 15:45",
         "La Cour des comptes épingle le projet informatique Portalis du ministère de la Justice",
         "Budget triplé, fonctionnalités réduites, utilisateurs insatisfaits : le rapport est sévère."),
    ]),
    # ---------------------------------------------- the Justice ministry abandons Portalis, two months later
    ("portalis-abandoned", "fresh62", [
        ("next.ink", "06-24 11:00",
         "Le ministère de la Justice arrête le projet Portalis",
         "La Chancellerie renonce à achever le logiciel de la justice civile et lance une nouvelle approche "
         "fondée sur des briques existantes."),
        ("lemondeinformatique.fr", "06-24 14:30",
         "Après les critiques de la Cour des comptes, la Chancellerie enterre Portalis",
         "Le garde des Sceaux annonce l'arrêt du programme et la reprise de ses modules utiles dans un projet "
         "plus modeste."),
        ("lefigaro.fr", "06-24 18:00",
         "Justice : fin de partie pour un logiciel à 200 millions d'euros",
         "Le ministère tire un trait sur un projet informatique lancé en 2014, au terme d'une décennie de "
         "retards."),
    ]),
    # ---------------------------------------------- EU Chips Act 2 proposal
    ("chips-act-2", "fresh62", [
        ("lesechos.fr", "06-03 06:30",
         "Semi-conducteurs : Bruxelles présente son Chips Act 2",
         "La Commission européenne propose un nouveau règlement pour soutenir la production de puces avancées "
         "et sécuriser les approvisionnements."),
        ("usine-digitale.fr", "06-03 10:00",
         "Chips Act 2 : l'Europe revoit sa stratégie dans les puces",
         "Après l'échec de l'objectif de 20 % de part de marché, la Commission mise sur les puces pour l'IA "
         "et les équipements."),
        ("latribune.fr", "06-03 13:00",
         "Puces électroniques : la nouvelle copie de la Commission européenne",
         "Fonds dédié, procédures accélérées, achats groupés : le contenu de la proposition présentée "
         "mercredi."),
    ]),
    # ---------------------------------------------- Cloud and AI Development Act proposal (single)
    ("cloud-ai-development-act", "fresh62", [
        ("latribune.fr", "04-08 10:00",
         "Cloud souverain : Bruxelles dévoile son Cloud and AI Development Act",
         "La Commission veut tripler la capacité des centres de données européens et favoriser les "
         "fournisseurs européens dans la commande publique."),
    ]),
    # ---------------------------------------------- Senate adopts the under-15 social media ban (single)
    ("senat-reseaux-sociaux-15-ans", "fresh62", [
        ("bfmtv.com", "06-02 19:00",
         "Réseaux sociaux interdits aux moins de 15 ans : le Sénat adopte le texte",
         "La proposition de loi, qui impose aux plateformes une vérification de l'âge, doit encore passer en "
         "commission mixte paritaire."),
    ]),
    # ---------------------------------------------- Arcep fibre observatory (single)
    ("arcep-observatoire-fibre", "fresh62", [
        ("lemondeinformatique.fr", "06-04 08:00",
         "Fibre : 1,2 million de locaux raccordables en plus au premier trimestre",
         "Selon l'observatoire de l'Arcep, 93 % des locaux sont désormais éligibles à la fibre, mais les "
         "raccordements ralentissent."),
    ]),
    # ---------------------------------------------- Freebox OS update
    ("freebox-os-update", "fresh62", [
        ("frandroid.com", "06-15 09:30",
         "Free déploie une grosse mise à jour pour la Freebox Ultra",
         "Wi-Fi 7 multi-liens, nouveau contrôle parental et enregistreur plus rapide : les nouveautés de la "
         "version 4.10 du firmware."),
        ("lesnumeriques.com", "06-15 14:00",
         "Freebox Ultra : ce que change la version 4.10",
         "Nous avons installé la mise à jour : l'interface est plus réactive et le Wi-Fi 7 mieux exploité."),
    ]),
    # ---------------------------------------------- the update cuts Wi-Fi, three days later
    ("freebox-wifi-bug", "fresh62", [
        ("frandroid.com", "06-18 10:00",
         "Freebox Ultra : la mise à jour coupe le Wi-Fi chez certains abonnés",
         "Depuis lundi, des abonnés se plaignent de déconnexions répétées de leurs appareils, surtout sur la "
         "bande des 6 GHz."),
        ("01net.com", "06-18 15:30",
         "Votre box Free perd la connexion sans fil ? Vous n'êtes pas seul",
         "Free reconnaît un problème et prépare un correctif ; en attendant, désactiver la bande 6 GHz "
         "limiterait les coupures."),
    ]),
    # ---------------------------------------------- Scaleway outage in Paris
    ("scaleway-outage-par2", "fresh62", [
        ("lemagit.fr", "06-08 08:20",
         "Scaleway : une panne électrique paralyse la région Paris",
         "Un incident sur l'alimentation du datacenter DC5 a rendu indisponibles instances et bases de données "
         "pendant plus de trois heures."),
        ("next.ink", "06-08 10:45",
         "Panne chez Scaleway : des clients privés de services toute la nuit",
         "La filiale cloud d'Iliad explique l'interruption par la défaillance d'un onduleur dans son centre "
         "de données de Saint-Ouen-l'Aumône."),
        ("silicon.fr", "06-08 14:00",
         "Le cloud d'Iliad à l'arrêt plusieurs heures en Île-de-France",
         "Stockage objet et Kubernetes managé ont été touchés ; Scaleway promet un rapport d'incident."),
    ]),
    # ---------------------------------------------- another Scaleway outage three days later (vague)
    ("scaleway-outage-again", "fresh62", [
        ("lemagit.fr", "06-11 16:10",
         "Scaleway de nouveau en panne",
         "Nouvelle interruption jeudi après-midi : la console et l'API sont restées inaccessibles près d'une "
         "heure."),
        ("next.ink", "06-11 18:00",
         "Scaleway : deuxième incident en quelques jours",
         "Cette fois, c'est un problème d'authentification qui a bloqué l'accès à la console des clients."),
    ]),
    # ---------------------------------------------- weekly roundups: LeMagIT, three weeks
    ("lemagit-essentiel-w15", "fresh62", [
        ("lemagit.fr", "04-10 17:00",
         "L'essentiel de la semaine : SecNumCloud, CNIL et impôts",
         "La qualification de Bleu, les amendes de la CNIL contre Free et Leboncoin et la panne du site des "
         "impôts : ce qu'il fallait retenir cette semaine."),
    ]),
    ("lemagit-essentiel-w16", "fresh62", [
        ("lemagit.fr", "04-17 17:00",
         "L'essentiel de la semaine : SFR, Meta et Patch Tuesday",
         "La cession de SFR, l'amende de l'Autorité de la concurrence contre Meta et les correctifs de "
         "Microsoft : ce qu'il fallait retenir cette semaine."),
    ]),
    ("lemagit-essentiel-w21", "fresh62", [
        ("lemagit.fr", "05-22 17:00",
         "L'essentiel de la semaine : Health Data Hub, Free et impôts",
         "L'hébergement des données de santé confié à OVHcloud, le recours de Free contre la CNIL et une "
         "nouvelle panne des impôts : ce qu'il fallait retenir cette semaine."),
    ]),
    # ---------------------------------------------- weekly roundups: Next, two weeks
    ("next-hebdo-16", "fresh62", [
        ("next.ink", "04-18 08:00",
         "Hebdo #16 : SFR, Shein et Portalis",
         "Chaque samedi, notre sélection : le démantèlement de SFR, Shein sanctionné à Paris puis à Bruxelles "
         "et le rapport sur Portalis."),
    ]),
    ("next-hebdo-17", "fresh62", [
        ("next.ink", "04-25 08:00",
         "Hebdo #17 : France Travail, Meta et Ubisoft",
         "Chaque samedi, notre sélection : la fuite chez France Travail, les astreintes contre Meta et la "
         "grève chez Ubisoft."),
    ]),
    # ---------------------------------------------- weekly deals posts: Frandroid, two weeks
    ("frandroid-bons-plans-w19", "fresh62", [
        ("frandroid.com", "05-09 08:30",
         "Les meilleures offres de la semaine : Galaxy S26, Pixel 10 et forfaits 5G",
         "Smartphones, écouteurs, forfaits mobiles : notre sélection des bons plans à ne pas manquer ce "
         "week-end."),
    ]),
    ("frandroid-bons-plans-w20", "fresh62", [
        ("frandroid.com", "05-16 08:30",
         "Les meilleures offres de la semaine : Galaxy S26, AirPods et forfaits mobiles",
         "Smartphones, écouteurs, forfaits : notre sélection des bons plans à ne pas manquer ce week-end."),
    ]),
    # ---------------------------------------------- Clubic newsletter, two weeks
    ("clubic-newsletter-0605", "fresh62", [
        ("clubic.com", "06-05 18:00",
         "La newsletter de la semaine : NumSpot, Chips Act et France Travail",
         "Le cloud souverain qualifié, la nouvelle stratégie européenne des puces et le rapport de la Cour des "
         "comptes : le résumé de la semaine."),
    ]),
    ("clubic-newsletter-0612", "fresh62", [
        ("clubic.com", "06-12 18:00",
         "La newsletter de la semaine : Google, Scaleway et Cleyra",
         "L'amende record contre Google, les pannes de Scaleway et les levées de fonds : le résumé de la "
         "semaine."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
