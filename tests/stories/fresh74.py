"""The 74th fresh labelled set of French tech-news articles, social networks and platforms, held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh74".
Positives: titles that share almost no word with their siblings (« Instagram dans le viseur de l'Europe pour son
effet terrier de lapin », « Pourquoi l'Europe frappe l'application chinoise au portefeuille », « Pourquoi la moitié
du Web est tombée en même temps »), quotes as titles for next-day reactions, a syndicated story (« selon Les
Echos », « selon L'Informé »), English-word titles (« Layoffs chez Twitch », « X is down », « Meta down »),
events named only by periphrasis (« la plateforme violette d'Amazon », « le réseau social au fantôme jaune »,
« le géant de Mountain View », « l'IA d'Elon Musk »), terse follow-ups (« Le service est rétabli chez X »),
post-mortems the next day, explainers (« ce qui change à la rentrée »), a hands-on test on launch day, a
results story told through one figure (« Snapchat+ dépasse les 20 millions d'abonnés »), and a Cloudflare
outage whose first article is titled on X, ChatGPT and Canva being down.
Hard negatives: two X outages two days apart (the second vague: « X ne répond plus, encore »); a Meta-wide outage
then an Instagram-only glitch two days later; the Senate vote, the final adoption and the Conseil
constitutionnel ruling on the under-15 social-media ban; Arcom's blocking of five porn sites then its formal
notices to ten others three days later, and a Conseil d'État ruling on the same age-verification rules; Brussels'
DSA preliminary findings against Meta on minors (April) then its DSA fine against Meta on dark patterns (June);
Meta's DSA findings beside Llama 5 the next day; TikTok's DSA fine then its appeal six weeks later, a TikTok
feature launch two days after the fine, and a DGCCRF fine on TikTok Shop in June; a DSA probe into Snapchat and
a DSA request for information to YouTube on the same day; YouTube's AI age estimation then Instagram's AI teen
detection the next day; Twitch layoffs then a streamers' boycott five days later; the Grok DSA proceedings then
a police search at X's Paris office two days later; WhatsApp usernames, then an Android battery-draining bug in
the same app version two days later, then WhatsApp ads in Europe; Alphabet, Meta and Snap quarterly results on
three consecutive evenings; two Google I/O products (Gemini 3.5, Android XR glasses) in separate articles; Chrome
zero-day patches a month apart; the SFR sale agreement then a strike at SFR; ransomware at Saint-Nazaire then at
the Loiret département two days later; two AI start-up funding rounds on the same morning; a Free Mobile outage
then a Free Mobile price rise two days later; a Créteil hearing against TikTok then a US jury verdict against
Meta three days later; Snap's Specs glasses versus Google's glasses; weekly roundups that recur (Next « Hebdo »
x3, Numerama « 5 actus » x2, Frandroid « bons plans » x2).
`build` fixes the year 2026; times are UTC, April to June 2026.

Measured once on 6981ae9, part-way through stop 27: precision 1.000, recall 0.821 (0.991 / 0.768 on 13a24e1,
the code that landed at stop 26). Then tuned on (1.000 / 0.848 on the code that lands).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- the Senate adopts the under-15 social-media ban (first reading)
    ("senate-under15-ban", "fresh74", [
        ("lefigaro.fr", "04-01 20:15",
         "Réseaux sociaux interdits aux moins de 15 ans : le Sénat adopte la proposition de loi",
         "Les sénateurs ont voté mercredi soir le texte qui interdit l'inscription sur les réseaux sociaux avant 15 ans, avec une vérification d'âge obligatoire."),
        ("numerama.com", "04-02 07:30",
         "Majorité numérique à 15 ans : le Sénat dit oui",
         "Le texte, déjà voté par les députés en janvier, a été adopté au Palais du Luxembourg ; une commission mixte paritaire doit encore harmoniser les deux versions."),
        ("bfmtv.com", "04-02 09:00",
         "TikTok, Instagram, Snapchat bientôt interdits aux collégiens ? Les sénateurs ont tranché",
         "La chambre haute a adopté dans la nuit la proposition de loi qui fixe à 15 ans l'âge minimal pour ouvrir un compte sur un réseau social."),
        ("next.ink", "04-02 11:40",
         "Vérification d'âge sur les réseaux sociaux : ce que contient le texte voté au Sénat",
         "Interdiction avant 15 ans, rôle de l'Arcom, sanctions jusqu'à 1 % du chiffre d'affaires mondial : le détail de la version adoptée par les sénateurs."),
    ]),
    # ---------------------------------------------- Arcom gets five porn sites blocked for lack of age checks
    ("arcom-porn-blocking", "fresh74", [
        ("next.ink", "04-03 10:00",
         "Vérification d'âge : l'Arcom obtient le blocage de cinq sites pornographiques",
         "Faute de contrôle de l'âge de leurs visiteurs conforme au référentiel, cinq sites devront être bloqués par les fournisseurs d'accès sous quinze jours."),
        ("01net.com", "04-03 13:30",
         "Cinq sites X bientôt bloqués en France",
         "L'Arcom a ordonné aux FAI de rendre inaccessibles cinq sites pour adultes qui n'imposent toujours pas de vérification d'âge."),
        ("clubic.com", "04-03 16:10",
         "L'Arcom sort le bâton contre les sites pour adultes",
         "Le régulateur de l'audiovisuel et du numérique ordonne le blocage de cinq plateformes pornographiques pour défaut de contrôle de l'âge."),
    ]),
    # ---------------------------------------------- three days later, Arcom's formal notices to ten other sites
    ("arcom-porn-notices", "fresh74", [
        ("next.ink", "04-06 09:30",
         "Vérification d'âge : l'Arcom met en demeure dix nouveaux sites pour adultes",
         "Trois jours après avoir obtenu des blocages, le régulateur adresse une mise en demeure à dix autres éditeurs, qui ont quinze jours pour se conformer."),
        ("lesnumeriques.com", "04-06 14:00",
         "Sites pornographiques : l'Arcom élargit son offensive",
         "Dix nouveaux sites sont sommés de mettre en place un contrôle d'âge, sous peine d'être à leur tour bloqués."),
    ]),
    # ---------------------------------------------- DSA: preliminary findings against Meta on minors
    ("meta-dsa-minors-findings", "fresh74", [
        ("lesechos.fr", "04-07 10:30",
         "DSA : Bruxelles accuse Meta de mal protéger les mineurs sur Instagram et Facebook",
         "La Commission européenne a adressé ses conclusions préliminaires à Meta, qu'elle soupçonne de ne pas empêcher les moins de 13 ans de s'inscrire et d'exposer les adolescents à des contenus nocifs."),
        ("numerama.com", "04-07 12:00",
         "Instagram dans le viseur de l'Europe pour son effet « terrier de lapin »",
         "Selon Bruxelles, les recommandations de l'application enferment les adolescents dans des spirales de vidéos ; le groupe risque jusqu'à 6 % de son chiffre d'affaires mondial."),
        ("lemondeinformatique.fr", "04-07 15:00",
         "Protection des mineurs : la Commission européenne épingle Meta",
         "Conclusions préliminaires au titre du Digital Services Act : la maison mère de Facebook peut désormais consulter le dossier et répondre."),
        ("bfmtv.com", "04-08 07:15",
         "« Nous ne sommes pas d'accord » : Meta conteste les accusations de Bruxelles",
         "Le groupe de Mark Zuckerberg affirme avoir déployé les comptes adolescents dans toute l'Europe et rejette les conclusions préliminaires de la Commission sur la protection des mineurs."),
    ]),
    # ---------------------------------------------- Meta releases Llama 5
    ("meta-llama-5", "fresh74", [
        ("usine-digitale.fr", "04-08 17:30",
         "Meta lance Llama 5, sa nouvelle famille de modèles ouverts",
         "Le groupe de Menlo Park publie trois modèles, dont un de 400 milliards de paramètres, sous sa licence communautaire."),
        ("numerama.com", "04-08 19:00",
         "Llama 5 : Meta veut rattraper Gemini et GPT-5",
         "Raisonnement, vidéo, fenêtre de contexte de dix millions de jetons : Meta promet des performances au niveau des meilleurs modèles fermés."),
        ("lemagit.fr", "04-09 08:30",
         "Llama 5 : ce qu'il faut savoir avant de l'adopter en entreprise",
         "Licence, tailles, coût d'inférence et disponibilité dans les clouds : le point sur les modèles que Meta a dévoilés mercredi."),
        ("frandroid.com", "04-09 10:00",
         "Meta AI passe à Llama 5, mais pas tout de suite en Europe",
         "L'assistant intégré à WhatsApp, Instagram et Messenger profite du nouveau modèle dès cette semaine aux États-Unis ; les Européens devront patienter."),
    ]),
    # ---------------------------------------------- X worldwide outage, Thursday 9 April
    ("x-outage-apr09", "fresh74", [
        ("bfmtv.com", "04-09 14:20",
         "X en panne : le réseau social d'Elon Musk inaccessible pour des milliers d'utilisateurs",
         "Depuis le début d'après-midi, les fils d'actualité ne se chargent plus ; Downdetector recense plus de 40 000 signalements en France."),
        ("01net.com", "04-09 15:10",
         "Panne mondiale de X : impossible de publier ou de lire des posts",
         "L'application comme le site web affichent un message d'erreur ; la panne touche l'Europe, les États-Unis et l'Asie."),
        ("journaldugeek.com", "04-09 16:00",
         "X is down : l'ex-Twitter plonge dans le noir",
         "Plus rien ne s'affiche sur la plateforme depuis le début de l'après-midi, et même la page de statut ne répond plus."),
        ("clubic.com", "04-09 18:45",
         "Le service est rétabli chez X",
         "Après près de trois heures d'interruption, le réseau social fonctionne de nouveau normalement."),
        ("numerama.com", "04-10 08:30",
         "X explique sa panne de jeudi par un incendie dans un datacenter",
         "Le réseau social attribue l'interruption de près de trois heures à un départ de feu dans un centre de données de l'Oregon, qui a forcé une bascule ratée."),
    ]),
    # ---------------------------------------------- Next weekly roundup #15
    ("next-hebdo-15", "fresh74", [
        ("next.ink", "04-11 08:00",
         "Hebdo #15 : Meta, Llama 5 et la panne de X",
         "Chaque samedi, notre sélection : les griefs de Bruxelles contre Instagram, les nouveaux modèles de Meta et la panne mondiale du réseau social d'Elon Musk."),
    ]),
    # ---------------------------------------------- a second, smaller X outage on Saturday evening
    ("x-outage-apr11", "fresh74", [
        ("01net.com", "04-11 20:30",
         "X ne répond plus, encore",
         "Deux jours après une panne mondiale, le réseau social connaît de nouvelles difficultés samedi soir : messages privés et notifications ne fonctionnent plus."),
        ("frandroid.com", "04-11 21:15",
         "Nouvelle panne sur X : les messages privés hors service",
         "Des utilisateurs du monde entier signalent l'impossibilité d'envoyer des DM ; X n'a pas communiqué sur l'origine du problème."),
    ]),
    # ---------------------------------------------- the State drops Teams and Zoom for its own Visio
    ("etat-visio", "fresh74", [
        ("next.ink", "04-14 10:00",
         "Les ministères abandonnent Teams et Zoom pour Visio",
         "La Dinum annonce que l'outil de visioconférence souverain de l'État, fondé sur du logiciel libre, devient obligatoire pour les agents d'ici la fin 2026."),
        ("lemagit.fr", "04-14 12:00",
         "Visio : l'État généralise sa solution souveraine de visioconférence",
         "Hébergée sur un cloud qualifié SecNumCloud, la plateforme doit équiper 2,5 millions d'agents publics."),
        ("silicon.fr", "04-14 15:30",
         "Souveraineté : la Dinum pousse Microsoft Teams vers la sortie",
         "Les administrations centrales ont jusqu'à décembre pour migrer leurs réunions vers l'outil maison de la direction interministérielle du numérique."),
    ]),
    # ---------------------------------------------- Threads DMs in Europe
    ("threads-dm-europe", "fresh74", [
        ("frandroid.com", "04-14 17:00",
         "Threads lance enfin la messagerie privée en Europe",
         "Le réseau social de Meta, concurrent de X, permet désormais d'échanger des messages directs entre utilisateurs de l'Union européenne."),
    ]),
    # ---------------------------------------------- Commission fines TikTok under the DSA (ad repository)
    ("tiktok-dsa-fine", "fresh74", [
        ("lesechos.fr", "04-15 11:00",
         "Bruxelles inflige 450 millions d'euros d'amende à TikTok",
         "La Commission européenne sanctionne la plateforme au titre du DSA pour l'opacité de son registre publicitaire, une première pour le réseau social chinois."),
        ("next.ink", "04-15 12:30",
         "DSA : TikTok condamné pour son registre de publicités défaillant",
         "Annonceurs non identifiés, ciblage non documenté : la Commission estime que TikTok a empêché les chercheurs de repérer les publicités frauduleuses."),
        ("bfmtv.com", "04-15 14:00",
         "TikTok écope d'une amende record de l'Union européenne",
         "450 millions d'euros : c'est la somme que l'application devra payer pour avoir enfreint le règlement européen sur les services numériques."),
        ("lefigaro.fr", "04-15 17:45",
         "« Une décision injuste » : TikTok annonce qu'il contestera l'amende européenne",
         "La filiale de ByteDance juge la sanction de 450 millions d'euros disproportionnée et annonce un recours."),
        ("numerama.com", "04-16 08:00",
         "Pourquoi l'Europe frappe l'application chinoise au portefeuille",
         "Publicités introuvables, annonceurs anonymes : les manquements qui ont valu au réseau social de ByteDance une amende de 450 millions d'euros."),
    ]),
    # ---------------------------------------------- OVHcloud half-year results
    ("ovhcloud-h1-results", "fresh74", [
        ("lemagit.fr", "04-15 18:00",
         "OVHcloud relève ses prévisions après un semestre solide",
         "Le champion français du cloud affiche un chiffre d'affaires semestriel de 560 millions d'euros, en hausse de 9 %, porté par le cloud public."),
    ]),
    # ---------------------------------------------- Chrome zero-day patched, April
    ("chrome-zero-day-april", "fresh74", [
        ("zdnet.fr", "04-16 09:00",
         "Chrome : Google corrige une faille zero-day exploitée",
         "La version 147 du navigateur comble une vulnérabilité dans le moteur JavaScript V8, déjà exploitée par des attaquants selon Google."),
        ("01net.com", "04-16 12:00",
         "Mettez à jour Chrome sans attendre : une faille critique est activement exploitée",
         "Google a publié en urgence un correctif pour une brèche de type confusion de types ; la mise à jour se déploie sur Windows, macOS et Linux."),
        ("clubic.com", "04-16 15:00",
         "Faille zero-day dans Chrome : le correctif est disponible",
         "Le géant de Mountain View colmate une vulnérabilité de V8 signalée par son Threat Analysis Group."),
    ]),
    # ---------------------------------------------- TikTok footnotes feature in France
    ("tiktok-footnotes-france", "fresh74", [
        ("frandroid.com", "04-17 10:00",
         "TikTok déploie ses « notes de bas de page » en France",
         "Inspirée des notes de la communauté de X, la fonction permet à des contributeurs d'ajouter du contexte sous les vidéos trompeuses."),
    ]),
    # ---------------------------------------------- Next weekly roundup #16
    ("next-hebdo-16", "fresh74", [
        ("next.ink", "04-18 08:00",
         "Hebdo #16 : TikTok, Chrome et la visio de l'État",
         "Chaque samedi, notre sélection : l'amende européenne contre TikTok, la faille zero-day de Chrome et l'abandon de Teams par les ministères."),
    ]),
    # ---------------------------------------------- Altice agrees to sell SFR to Bouygues, Free and Orange
    ("sfr-sale-agreement", "fresh74", [
        ("lesechos.fr", "04-20 06:00",
         "Altice accepte de céder SFR à Bouygues, Free et Orange",
         "Patrick Drahi a signé un protocole d'accord avec les trois opérateurs pour la vente de SFR, valorisé 20 milliards d'euros dette comprise."),
        ("latribune.fr", "04-20 09:00",
         "Fin de partie pour SFR : l'opérateur au carré rouge va être démantelé",
         "Clients, fréquences et réseau seront répartis entre Bouygues Telecom, Free et Orange, sous réserve du feu vert de l'Autorité de la concurrence."),
        ("lemondeinformatique.fr", "04-20 11:00",
         "SFR : accord trouvé pour un rachat à trois",
         "Les trois opérateurs concurrents se partageront les activités grand public et entreprises de SFR, pour 20 milliards d'euros."),
        ("bfmtv.com", "04-20 13:00",
         "Ce que le rachat de SFR va changer pour ses 14 millions d'abonnés mobiles",
         "Répartition des clients, sort des forfaits, calendrier : les questions que pose l'accord annoncé lundi matin."),
    ]),
    # ---------------------------------------------- DSA proceedings against X over Grok deepfakes
    ("x-grok-dsa-proceedings", "fresh74", [
        ("lesechos.fr", "04-21 11:30",
         "DSA : Bruxelles ouvre une enquête formelle sur Grok et X",
         "La Commission européenne soupçonne le réseau social d'Elon Musk de ne pas avoir évalué les risques liés aux images sexualisées générées par son IA Grok."),
        ("next.ink", "04-21 13:00",
         "Deepfakes de Grok : la Commission lance une procédure contre X",
         "Images dénudées générées sans consentement, y compris de mineurs : Bruxelles ouvre une procédure formelle au titre du règlement sur les services numériques."),
        ("numerama.com", "04-21 16:30",
         "L'IA d'Elon Musk rattrapée par le règlement européen sur les services numériques",
         "La Commission européenne veut savoir pourquoi l'assistant intégré à la plateforme a pu produire des images dénudées de personnes réelles."),
    ]),
    # ---------------------------------------------- Twitch lays off a quarter of its staff
    ("twitch-layoffs", "fresh74", [
        ("lesechos.fr", "04-22 07:00",
         "Twitch supprime 500 postes, soit un quart de ses effectifs",
         "La plateforme de streaming détenue par Amazon engage un nouveau plan de réduction des coûts, le troisième en trois ans."),
        ("bfmtv.com", "04-22 10:30",
         "Twitch taille dans ses effectifs, selon Les Echos",
         "La filiale d'Amazon s'apprête à se séparer de 500 salariés dans le monde, a révélé le quotidien économique."),
        ("journaldugeek.com", "04-22 12:00",
         "Layoffs chez Twitch : un salarié sur quatre sur le départ",
         "Nouvelle vague de licenciements pour le service de live : 500 personnes sont concernées, surtout dans les équipes produit."),
        ("clubic.com", "04-22 16:00",
         "La plateforme violette d'Amazon se sépare de 500 salariés",
         "Le service de streaming en direct confirme la suppression d'un quart de ses effectifs mondiaux pour atteindre enfin la rentabilité."),
    ]),
    # ---------------------------------------------- strike at SFR after the sale agreement
    ("sfr-strike", "fresh74", [
        ("lemondeinformatique.fr", "04-23 10:00",
         "Grève chez SFR contre le démantèlement de l'opérateur",
         "L'intersyndicale appelle les salariés de SFR à cesser le travail jeudi pour obtenir des garanties sur l'emploi après l'accord de cession."),
        ("latribune.fr", "04-23 16:00",
         "Les salariés de SFR débraient, inquiets pour leur avenir",
         "Plusieurs centaines de salariés se sont rassemblés devant le siège de Saint-Denis à l'appel de l'Unsa, de la CFDT et de la CGT."),
    ]),
    # ---------------------------------------------- police search at X's Paris office (algorithm probe)
    ("x-paris-search", "fresh74", [
        ("lefigaro.fr", "04-23 09:30",
         "Perquisition dans les locaux de X à Paris",
         "Les enquêteurs de la section cybercriminalité du parquet de Paris ont perquisitionné mercredi les bureaux français du réseau social, dans le cadre de l'enquête sur la manipulation de son algorithme."),
        ("bfmtv.com", "04-23 11:00",
         "Enquête sur l'algorithme de X : les bureaux parisiens perquisitionnés",
         "Le parquet de Paris soupçonne la plateforme d'avoir faussé le fonctionnement de son système de recommandation ; ses dirigeants sont convoqués."),
        ("next.ink", "04-23 14:15",
         "Algorithme de X : le parquet de Paris passe à la vitesse supérieure",
         "Après plus d'un an d'enquête préliminaire, la justice a fait perquisitionner la filiale française de X et convoqué ses dirigeants pour des auditions libres."),
    ]),
    # ---------------------------------------------- YouTube Premium price rise in France
    ("youtube-premium-price", "fresh74", [
        ("frandroid.com", "04-24 10:00",
         "YouTube Premium augmente encore ses prix en France",
         "L'abonnement individuel passe de 12,99 à 13,99 euros par mois, et la formule famille grimpe à 27,99 euros."),
        ("01net.com", "04-24 13:00",
         "YouTube Premium : la facture s'alourdit d'un euro",
         "Google relève le tarif de son offre sans publicité pour les nouveaux abonnés dès aujourd'hui, et pour les anciens à partir de juin."),
        ("lesnumeriques.com", "04-24 16:00",
         "Hausse de prix de YouTube Premium : faut-il passer à Premium Lite ?",
         "Avec un abonnement à 13,99 euros, l'offre allégée de la plateforme vidéo devient tentante ; on compare les deux formules."),
    ]),
    # ---------------------------------------------- Next weekly roundup #17
    ("next-hebdo-17", "fresh74", [
        ("next.ink", "04-25 08:00",
         "Hebdo #17 : SFR, Grok et Twitch",
         "Chaque samedi, notre sélection : le démantèlement de SFR, l'enquête européenne sur Grok, la perquisition chez X et les suppressions de postes chez Twitch."),
    ]),
    # ---------------------------------------------- French streamers boycott Twitch for 24 hours
    ("twitch-streamers-boycott", "fresh74", [
        ("numerama.com", "04-27 09:00",
         "Des streamers français boycottent Twitch pendant 24 heures",
         "Plus d'une centaine de créateurs francophones coupent leurs lives ce lundi pour protester contre la baisse de leur part des revenus d'abonnement."),
        ("frandroid.com", "04-27 13:00",
         "Grève des lives sur Twitch : pourquoi les streamers débraient",
         "Partage des revenus revu à la baisse, modération jugée arbitraire : les raisons du mouvement lancé par les streamers francophones."),
    ]),
    # ---------------------------------------------- LinkedIn to train AI on European profiles
    ("linkedin-ai-training", "fresh74", [
        ("next.ink", "04-28 09:00",
         "LinkedIn entraînera son IA sur les profils européens à partir de juin",
         "Le réseau social professionnel de Microsoft prévient ses membres que leurs publications publiques serviront à entraîner ses modèles, sauf opposition."),
    ]),
    # ---------------------------------------------- Alphabet Q1 results
    ("alphabet-q1-results", "fresh74", [
        ("lesechos.fr", "04-28 21:30",
         "Alphabet dépasse les attentes grâce au cloud et à YouTube",
         "La maison mère de Google affiche un chiffre d'affaires trimestriel de 104 milliards de dollars, en hausse de 16 %, porté par Google Cloud."),
        ("journaldunet.com", "04-29 08:00",
         "Résultats d'Alphabet : YouTube franchit les 11 milliards de dollars de publicité",
         "Les revenus publicitaires de la plateforme vidéo progressent de 14 % au premier trimestre, tandis que le cloud bondit de 30 %."),
        ("latribune.fr", "04-29 09:30",
         "Le géant de Mountain View surfe sur l'IA au premier trimestre",
         "Recherche, cloud et abonnements : Google publie des résultats supérieurs aux attentes et relève ses investissements à 95 milliards de dollars sur l'année."),
    ]),
    # ---------------------------------------------- Meta Q1 results
    ("meta-q1-results", "fresh74", [
        ("lesechos.fr", "04-29 21:45",
         "Meta voit ses revenus publicitaires s'envoler au premier trimestre",
         "Le groupe de Mark Zuckerberg affiche un chiffre d'affaires de 53 milliards de dollars, en hausse de 26 %, et relève encore ses investissements dans l'IA."),
        ("latribune.fr", "04-30 07:30",
         "Meta relève à 130 milliards de dollars ses dépenses d'investissement",
         "Malgré des résultats trimestriels supérieurs aux attentes, le titre recule après l'annonce d'investissements encore plus massifs dans les centres de données."),
        ("bfmtv.com", "04-30 09:00",
         "Facebook, Instagram, WhatsApp : 3,5 milliards d'utilisateurs quotidiens pour Meta",
         "La maison mère de Facebook revendique une audience record en publiant ses comptes du premier trimestre."),
    ]),
    # ---------------------------------------------- Snap Q1 results
    ("snap-q1-results", "fresh74", [
        ("lesechos.fr", "04-30 22:15",
         "Snap renoue avec la croissance des utilisateurs",
         "La maison mère de Snapchat revendique 490 millions d'utilisateurs quotidiens et un chiffre d'affaires en hausse de 12 % au premier trimestre."),
        ("frandroid.com", "05-01 09:00",
         "Snapchat+ dépasse les 20 millions d'abonnés",
         "Le réseau social au fantôme a profité de la publication de ses résultats trimestriels pour vanter le succès de son abonnement payant."),
    ]),
    # ---------------------------------------------- ransomware at Saint-Nazaire
    ("ransomware-saint-nazaire", "fresh74", [
        ("lemagit.fr", "05-04 09:00",
         "Rançongiciel : la ville de Saint-Nazaire paralysée",
         "Services municipaux à l'arrêt, état civil fermé : la commune et son agglomération ont été frappées dans la nuit de samedi à dimanche par un ransomware."),
        ("zdnet.fr", "05-04 14:00",
         "Cyberattaque contre Saint-Nazaire et son agglomération",
         "La collectivité a coupé l'ensemble de son système d'information et porté plainte ; l'ANSSI accompagne les équipes."),
        ("01net.com", "05-05 09:00",
         "Saint-Nazaire : les pirates réclament une rançon",
         "Le groupe Qilin revendique l'attaque contre la ville et menace de publier 300 Go de données, dont des documents d'état civil."),
    ]),
    # ---------------------------------------------- Créteil hearing: families against TikTok
    ("tiktok-creteil-hearing", "fresh74", [
        ("lefigaro.fr", "05-05 08:00",
         "Sept familles face à TikTok devant la justice française",
         "Le tribunal judiciaire de Créteil examine ce mardi la plainte de familles qui accusent le réseau social d'avoir exposé leurs enfants à des contenus poussant au suicide."),
        ("bfmtv.com", "05-05 18:00",
         "« L'algorithme a enfermé ma fille » : à Créteil, les parents racontent",
         "À l'audience, les familles du collectif Algos Victima ont décrit l'engrenage des vidéos ; la décision a été mise en délibéré au 30 juin."),
        ("numerama.com", "05-06 09:00",
         "Procès contre TikTok : ce que les familles reprochent à l'application",
         "Défaut de modération, recommandations toxiques, absence de contrôle de l'âge : les arguments plaidés mardi devant le tribunal de Créteil."),
    ]),
    # ---------------------------------------------- ransomware at the Loiret département, two days after Saint-Nazaire
    ("ransomware-loiret", "fresh74", [
        ("lemagit.fr", "05-06 10:00",
         "Le département du Loiret victime d'une cyberattaque",
         "Après Saint-Nazaire, c'est le conseil départemental du Loiret qui a dû couper son système d'information à la suite d'une attaque par rançongiciel."),
        ("zdnet.fr", "05-06 15:00",
         "Rançongiciel : le Loiret coupe ses serveurs",
         "Les services sociaux du département fonctionnent en mode dégradé depuis mardi soir ; aucune revendication pour l'heure."),
    ]),
    # ---------------------------------------------- DSA probe into Snapchat (minors)
    ("snapchat-dsa-proceedings", "fresh74", [
        ("lesechos.fr", "05-06 11:00",
         "DSA : Bruxelles ouvre une enquête sur Snapchat et la protection des mineurs",
         "La Commission soupçonne le réseau social de ne pas vérifier efficacement l'âge de ses utilisateurs et d'exposer des adolescents à la vente de drogues."),
        ("numerama.com", "05-06 14:30",
         "Snapchat visé par une procédure formelle de la Commission européenne",
         "Comptes d'inconnus suggérés aux mineurs, trafic de stupéfiants via la messagerie : Bruxelles ouvre une enquête contre Snap."),
        ("01net.com", "05-06 17:00",
         "Le réseau social au fantôme jaune dans le viseur de Bruxelles",
         "Vérification de l'âge, contacts avec des inconnus, trafic de stupéfiants : la Commission européenne ouvre une enquête au titre du DSA."),
    ]),
    # ---------------------------------------------- same day: DSA request for information to YouTube
    ("youtube-dsa-rfi", "fresh74", [
        ("next.ink", "05-06 12:00",
         "DSA : la Commission demande des comptes à YouTube sur ses recommandations",
         "Bruxelles adresse une demande d'informations à la plateforme de Google sur la façon dont son algorithme met en avant des vidéos complotistes auprès des jeunes."),
        ("lemondeinformatique.fr", "05-06 16:00",
         "YouTube sommé par Bruxelles de détailler son algorithme",
         "La filiale de Google a jusqu'au 27 mai pour répondre à la Commission européenne, qui s'intéresse aux risques systémiques de ses recommandations."),
    ]),
    # ---------------------------------------------- US jury verdict against Meta on teen addiction
    ("meta-us-addiction-verdict", "fresh74", [
        ("lesechos.fr", "05-08 07:00",
         "Addiction aux réseaux sociaux : Meta condamné par un jury californien",
         "Un jury de Los Angeles a jugé Meta responsable des troubles d'une jeune utilisatrice d'Instagram et lui accorde 12 millions de dollars de dommages."),
        ("bfmtv.com", "05-08 10:00",
         "Instagram reconnu responsable de l'addiction d'une adolescente aux États-Unis",
         "Premier verdict d'une longue série de procès : la plateforme de Meta a été condamnée jeudi à Los Angeles ; le groupe annonce faire appel."),
    ]),
    # ---------------------------------------------- Frandroid weekly deals, week 19
    ("frandroid-bons-plans-w19", "fresh74", [
        ("frandroid.com", "05-09 09:00",
         "Les meilleurs bons plans de la semaine : Pixel 10, AirPods Pro 3 et Galaxy S26",
         "Smartphones, écouteurs, TV : notre sélection des meilleures promotions repérées cette semaine chez Amazon, la Fnac et Boulanger."),
    ]),
    # ---------------------------------------------- Parliament definitively adopts the under-15 ban
    ("under15-ban-final-adoption", "fresh74", [
        ("lefigaro.fr", "05-12 18:30",
         "Le Parlement adopte définitivement l'interdiction des réseaux sociaux avant 15 ans",
         "Après l'accord trouvé en commission mixte paritaire, députés et sénateurs ont voté mardi la version finale du texte."),
        ("bfmtv.com", "05-12 19:45",
         "C'est voté : pas de réseaux sociaux avant 15 ans en France",
         "L'Assemblée nationale a adopté le texte de compromis ; les plateformes auront jusqu'au 1er septembre pour vérifier l'âge de leurs utilisateurs."),
        ("numerama.com", "05-13 08:00",
         "Interdiction des réseaux sociaux aux moins de 15 ans : ce qui change à la rentrée",
         "Nouveaux comptes, comptes existants, rôle des parents : ce que prévoit la loi sur la majorité numérique votée mardi soir."),
        ("01net.com", "05-13 10:30",
         "Majorité numérique : comment les plateformes devront vérifier votre âge",
         "Estimation par selfie, tiers de confiance, double anonymat : la loi définitivement adoptée mardi laisse le choix de la méthode, sous le contrôle de l'Arcom."),
    ]),
    # ---------------------------------------------- Microsoft Patch Tuesday, May
    ("patch-tuesday-may", "fresh74", [
        ("lemondeinformatique.fr", "05-12 19:30",
         "Patch Tuesday de mai : Microsoft corrige 78 vulnérabilités",
         "Le lot mensuel de correctifs comble 78 failles dans Windows, Office et Azure, dont deux zero-day déjà exploitées."),
    ]),
    # ---------------------------------------------- YouTube AI age estimation arrives in France
    ("youtube-age-estimation", "fresh74", [
        ("frandroid.com", "05-14 09:00",
         "YouTube va deviner votre âge grâce à l'IA en France",
         "La plateforme de Google étend à la France son système d'estimation de l'âge, qui analyse l'historique de visionnage pour repérer les utilisateurs mineurs."),
        ("01net.com", "05-14 11:30",
         "YouTube : si l'IA vous croit mineur, il faudra prouver votre âge",
         "Carte d'identité, selfie ou carte bancaire : les utilisateurs classés à tort parmi les adolescents devront justifier de leur majorité."),
        ("lesnumeriques.com", "05-14 15:00",
         "Estimation de l'âge : comment YouTube va vous classer",
         "Historique, type de recherches, ancienneté du compte : on détaille les signaux utilisés par le service vidéo et les restrictions appliquées aux mineurs."),
    ]),
    # ---------------------------------------------- next day: Instagram's AI detection of teens lying about their age
    ("instagram-teen-ai-detection", "fresh74", [
        ("frandroid.com", "05-15 08:30",
         "Instagram traque les ados qui mentent sur leur âge",
         "Meta déploie en France une IA capable de repérer les adolescents inscrits avec une fausse date de naissance, pour les basculer d'office dans un compte ado."),
        ("bfmtv.com", "05-15 12:00",
         "Comptes ados : Meta utilisera l'IA pour détecter les mineurs sur Instagram",
         "Le groupe de Mark Zuckerberg étend à l'Europe un outil testé aux États-Unis, qui s'appuie sur les interactions et les messages d'anniversaire."),
    ]),
    # ---------------------------------------------- Numerama weekly "5 actus", week 20
    ("numerama-5-actus-w20", "fresh74", [
        ("numerama.com", "05-15 18:00",
         "Les 5 actus tech de la semaine : réseaux sociaux avant 15 ans, YouTube et Instagram",
         "Loi sur la majorité numérique définitivement adoptée, estimation de l'âge sur YouTube, IA anti-tricheurs sur Instagram : les actus à ne pas manquer cette semaine."),
    ]),
    # ---------------------------------------------- Frandroid weekly deals, week 20
    ("frandroid-bons-plans-w20", "fresh74", [
        ("frandroid.com", "05-16 09:00",
         "Les meilleurs bons plans de la semaine : Galaxy S26, Xiaomi 15T et PS5",
         "Smartphones, consoles, écouteurs : notre sélection des meilleures promotions repérées cette semaine chez Amazon, Cdiscount et Darty."),
    ]),
    # ---------------------------------------------- Chrome zero-day patched again, May
    ("chrome-zero-day-may", "fresh74", [
        ("zdnet.fr", "05-19 09:30",
         "Chrome : Google corrige une nouvelle faille zero-day",
         "Un mois après le précédent correctif d'urgence, Google comble une vulnérabilité exploitée dans la bibliothèque graphique Skia."),
        ("clubic.com", "05-19 14:00",
         "Chrome : encore une mise à jour d'urgence",
         "La version 148.0.7411 du navigateur corrige une faille déjà utilisée par des attaquants ; mieux vaut redémarrer Chrome dès maintenant."),
    ]),
    # ---------------------------------------------- Google I/O: Gemini 3.5
    ("google-io-gemini", "fresh74", [
        ("numerama.com", "05-19 18:30",
         "Google I/O 2026 : Gemini 3.5 est là",
         "Le géant de Mountain View présente son nouveau modèle, plus rapide et capable d'agir dans Chrome et Android à la place de l'utilisateur."),
        ("usine-digitale.fr", "05-19 20:00",
         "Avec Gemini 3.5, Google mise tout sur les agents",
         "Lors de sa conférence développeurs, Google a dévoilé un modèle conçu pour enchaîner des tâches en autonomie, disponible dès aujourd'hui dans l'API."),
        ("01net.com", "05-20 08:00",
         "Gemini 3.5 : les nouveautés de l'assistant de Google",
         "Mode agent, mémoire, intégration à Gmail : ce que change le nouveau modèle pour les utilisateurs de l'application Gemini."),
    ]),
    # ---------------------------------------------- Google I/O: Android XR glasses (separate articles)
    ("google-io-android-xr-glasses", "fresh74", [
        ("frandroid.com", "05-19 19:15",
         "Google I/O 2026 : les lunettes Android XR arrivent enfin",
         "Google et Samsung présentent des lunettes connectées à écran intégré, attendues à l'automne à partir de 499 dollars."),
        ("lesnumeriques.com", "05-20 09:00",
         "Nous avons essayé les lunettes Android XR de Google",
         "Traduction en direct, navigation, notifications : nos premières impressions après une démonstration sur place à Mountain View."),
    ]),
    # ---------------------------------------------- Meta cuts part of FAIR Paris
    ("meta-fair-paris-cuts", "fresh74", [
        ("linforme.com", "05-20 06:30",
         "Meta démantèle une partie de son laboratoire d'IA parisien",
         "Selon nos informations, une quarantaine de chercheurs de FAIR Paris vont être licenciés ou réaffectés à la nouvelle division superintelligence du groupe."),
        ("usine-digitale.fr", "05-20 10:00",
         "FAIR Paris : Meta supprime une quarantaine de postes, selon L'Informé",
         "Le laboratoire de recherche fondamentale ouvert en 2015 dans la capitale perd une partie de ses effectifs au profit des équipes produit."),
        ("lesechos.fr", "05-20 13:00",
         "Coup de froid sur la recherche en IA de Meta à Paris",
         "Le groupe américain réduit d'environ 40 postes les effectifs de son laboratoire de recherche fondamentale dans la capitale."),
        ("silicon.fr", "05-21 08:30",
         "FAIR Paris : le détail des suppressions de postes chez Meta",
         "Départs volontaires, mutations à Menlo Park, calendrier : ce que prévoit le plan présenté mercredi aux chercheurs parisiens."),
    ]),
    # ---------------------------------------------- Conseil d'État upholds the age-verification rules
    ("conseil-etat-age-verification", "fresh74", [
        ("next.ink", "05-21 15:00",
         "Le Conseil d'État valide le référentiel de vérification d'âge de l'Arcom",
         "La haute juridiction administrative rejette le recours d'un éditeur de sites pour adultes, qui contestait l'obligation de contrôler l'âge des visiteurs européens."),
    ]),
    # ---------------------------------------------- Snapchat outage
    ("snapchat-outage", "fresh74", [
        ("frandroid.com", "05-22 08:30",
         "Snapchat en panne : les snaps ne partent plus",
         "Depuis tôt ce matin, de nombreux utilisateurs signalent des messages bloqués en cours d'envoi ; Snap indique travailler à un correctif."),
    ]),
    # ---------------------------------------------- Numerama weekly "5 actus", week 21
    ("numerama-5-actus-w21", "fresh74", [
        ("numerama.com", "05-22 18:00",
         "Les 5 actus tech de la semaine : Google I/O, Chrome et Meta",
         "Gemini 3.5, lunettes Android XR, nouvelle faille dans Chrome et coupes chez FAIR Paris : les actus à ne pas manquer cette semaine."),
    ]),
    # ---------------------------------------------- Bluesky milestone in France
    ("bluesky-france-milestone", "fresh74", [
        ("lefigaro.fr", "05-25 10:00",
         "Bluesky franchit le cap des quatre millions d'utilisateurs en France",
         "Le réseau social décentralisé, refuge de nombreux déçus de X, revendique une croissance de 60 % en un an dans l'Hexagone."),
    ]),
    # ---------------------------------------------- WhatsApp usernames
    ("whatsapp-usernames", "fresh74", [
        ("frandroid.com", "05-26 17:00",
         "WhatsApp lance les noms d'utilisateur : plus besoin de donner son numéro",
         "La messagerie de Meta permet désormais de choisir un pseudonyme unique pour être contacté sans partager son numéro de téléphone."),
        ("01net.com", "05-26 18:30",
         "Pseudonymes sur WhatsApp : comment réserver le vôtre",
         "La fonction arrive avec la version 2.26.11 de l'application ; voici comment choisir votre nom d'utilisateur avant qu'un autre ne le prenne."),
        ("numerama.com", "05-27 08:00",
         "WhatsApp sans numéro de téléphone, c'est maintenant",
         "Promise depuis deux ans, la possibilité d'échanger avec un simple identifiant se déploie dans le monde entier."),
    ]),
    # ---------------------------------------------- TikTok appeals its DSA fine, six weeks later
    ("tiktok-dsa-appeal", "fresh74", [
        ("next.ink", "05-27 10:00",
         "TikTok attaque son amende DSA devant le Tribunal de l'UE",
         "La plateforme a déposé un recours en annulation contre la sanction de 450 millions d'euros infligée en avril par la Commission européenne."),
        ("lesechos.fr", "05-27 15:30",
         "Amende de 450 millions : TikTok saisit la justice européenne",
         "La filiale de ByteDance conteste devant le Tribunal de l'Union européenne la lecture du règlement sur les services numériques faite par Bruxelles."),
    ]),
    # ---------------------------------------------- Nvidia Q1 results
    ("nvidia-q1-results", "fresh74", [
        ("lesechos.fr", "05-27 21:30",
         "Nvidia dépasse les 80 milliards de dollars de chiffre d'affaires trimestriel",
         "Porté par les puces Blackwell Ultra, le groupe de Jensen Huang voit ses revenus bondir de 65 % sur un an."),
        ("usine-digitale.fr", "05-28 07:30",
         "Nvidia signe un nouveau trimestre record",
         "Le fabricant de GPU affiche 81 milliards de dollars de revenus, dont près de 90 % issus des centres de données."),
    ]),
    # ---------------------------------------------- WhatsApp drains Android batteries (bug, two days after usernames)
    ("whatsapp-android-battery-bug", "fresh74", [
        ("frandroid.com", "05-28 20:00",
         "WhatsApp vide la batterie de certains smartphones Android",
         "Depuis la version 2.26.11, celle qui a apporté les noms d'utilisateur, de nombreux utilisateurs constatent une consommation anormale, même application fermée."),
        ("01net.com", "05-29 09:00",
         "Votre téléphone chauffe et se décharge la nuit ? WhatsApp est peut-être en cause",
         "Jusqu'à 30 % de batterie perdus en quelques heures : une mise à jour récente de la messagerie fait tourner l'application en arrière-plan sans arrêt."),
        ("clubic.com", "05-29 14:30",
         "WhatsApp reconnaît un bug et promet un correctif",
         "La messagerie de Meta confirme qu'une version récente provoque une surconsommation d'énergie sur Android ; une mise à jour est en cours de déploiement."),
    ]),
    # ---------------------------------------------- Free Mobile outage
    ("free-mobile-outage", "fresh74", [
        ("01net.com", "05-30 11:00",
         "Panne Free Mobile : impossible d'appeler ou d'envoyer des SMS",
         "Depuis ce samedi matin, des abonnés de Free Mobile dans toute la France sont privés de réseau ; l'opérateur évoque un incident technique."),
        ("frandroid.com", "05-30 12:30",
         "Free Mobile en panne partout en France",
         "Appels, SMS et données mobiles ne fonctionnent plus pour de nombreux clients de l'opérateur de Xavier Niel."),
        ("numerama.com", "05-30 17:00",
         "Free explique la panne de son réseau mobile",
         "Une erreur lors d'une opération de maintenance sur le cœur de réseau a privé des millions d'abonnés de service pendant près de quatre heures."),
    ]),
    # ---------------------------------------------- CNIL fines Vinted
    ("vinted-cnil-fine", "fresh74", [
        ("next.ink", "06-01 10:00",
         "La CNIL inflige 15 millions d'euros d'amende à Vinted",
         "La plateforme de vente d'occasion est sanctionnée pour avoir conservé les données de comptes supprimés et mal traité les demandes d'effacement."),
        ("lefigaro.fr", "06-01 14:30",
         "Données personnelles : Vinted sanctionné par la CNIL",
         "Le gendarme des données reproche au site lituanien des durées de conservation excessives et un suivi opaque des vendeurs bannis."),
    ]),
    # ---------------------------------------------- Free Mobile price rise, two days after its outage
    ("free-mobile-price-rise", "fresh74", [
        ("frandroid.com", "06-01 08:00",
         "Free Mobile augmente le prix de son forfait 5G pour les anciens abonnés",
         "Les clients du forfait Free 5G souscrit avant 2024 verront leur facture passer de 19,99 à 21,99 euros par mois à partir de juillet."),
    ]),
    # ---------------------------------------------- two AI start-up funding rounds, same morning: Orkestra
    ("orkestra-funding", "fresh74", [
        ("lesechos.fr", "06-02 06:00",
         "Agents IA : la start-up française Orkestra lève 80 millions d'euros",
         "La jeune pousse parisienne, qui orchestre des agents d'IA dans les logiciels d'entreprise, boucle une série B menée par Index Ventures."),
        ("usine-digitale.fr", "06-02 09:30",
         "Orkestra boucle une série B de 80 M€ pour ses agents d'entreprise",
         "Créée il y a deux ans par d'anciens de Google DeepMind, la start-up veut doubler ses effectifs et ouvrir un bureau à New York."),
        ("journaldunet.com", "06-02 11:00",
         "Orkestra, nouvelle licorne en vue de l'IA agentique française",
         "Avec 80 millions d'euros levés, la société parisienne est désormais valorisée 900 millions d'euros."),
    ]),
    # ---------------------------------------------- same morning: Kairn
    ("kairn-funding", "fresh74", [
        ("lesechos.fr", "06-02 07:00",
         "IA : Kairn lève 60 millions d'euros pour automatiser la comptabilité",
         "La start-up lyonnaise, qui développe des agents d'IA pour les cabinets d'expertise comptable, réalise une série A menée par Accel."),
        ("usine-digitale.fr", "06-02 12:00",
         "Kairn, la pépite lyonnaise des agents comptables, lève 60 M€",
         "Après avoir convaincu 1 200 cabinets, la jeune pousse veut s'attaquer au marché allemand."),
    ]),
    # ---------------------------------------------- Twitch vertical live
    ("twitch-vertical-live", "fresh74", [
        ("journaldugeek.com", "06-02 15:00",
         "Twitch généralise le live vertical pour séduire la génération TikTok",
         "Tous les streamers peuvent désormais diffuser en format portrait, en parallèle de leur flux horizontal classique."),
    ]),
    # ---------------------------------------------- WhatsApp ads in Europe
    ("whatsapp-ads-europe", "fresh74", [
        ("lesechos.fr", "06-03 10:00",
         "La publicité arrive sur WhatsApp en Europe",
         "Meta commence à afficher des annonces dans l'onglet Actualités de sa messagerie dans l'Union européenne, avec une option d'abonnement pour y échapper."),
        ("frandroid.com", "06-03 12:30",
         "WhatsApp : les pubs débarquent en France, voici où vous les verrez",
         "Statuts sponsorisés, chaînes promues : les discussions restent sans publicité, mais l'onglet Actualités change de visage."),
    ]),
    # ---------------------------------------------- Cloudflare worldwide outage (X, ChatGPT... down)
    ("cloudflare-outage", "fresh74", [
        ("bfmtv.com", "06-04 13:10",
         "X, ChatGPT, Canva : une partie du Web inaccessible",
         "De nombreux sites et applications affichent des messages d'erreur depuis le début d'après-midi, en raison d'un incident chez le prestataire Cloudflare."),
        ("lemagit.fr", "06-04 14:00",
         "Cloudflare victime d'une panne mondiale",
         "Une erreur dans un fichier de configuration de son service de protection contre les robots a rendu inaccessibles des millions de sites pendant près de deux heures."),
        ("numerama.com", "06-04 16:00",
         "Pourquoi la moitié du Web est tombée en même temps",
         "Un seul prestataire, par lequel transite une large part du trafic mondial, a suffi à couper des milliers de services : explications."),
        ("silicon.fr", "06-05 09:00",
         "Cloudflare publie le post-mortem de sa panne de jeudi",
         "L'entreprise détaille la propagation d'un fichier de règles mal formé et promet de revoir ses procédures de déploiement."),
    ]),
    # ---------------------------------------------- DGCCRF fines TikTok over TikTok Shop promotions
    ("tiktok-shop-dgccrf-fine", "fresh74", [
        ("bfmtv.com", "06-05 10:00",
         "TikTok Shop : la DGCCRF inflige une amende de 1,2 million d'euros à TikTok",
         "La répression des fraudes sanctionne la plateforme pour des réductions de prix trompeuses affichées sur sa boutique en ligne."),
    ]),
    # ---------------------------------------------- Discord age verification in France
    ("discord-age-verification", "fresh74", [
        ("next.ink", "06-08 10:00",
         "Discord impose une vérification d'âge aux utilisateurs français",
         "Selfie analysé par IA ou pièce d'identité : la messagerie des joueurs anticipe l'entrée en vigueur de la loi sur la majorité numérique."),
    ]),
    # ---------------------------------------------- Snap launches Specs AR glasses
    ("snap-specs-launch", "fresh74", [
        ("frandroid.com", "06-09 18:30",
         "Snap lance les Specs, ses lunettes de réalité augmentée grand public",
         "Vendues 1 499 dollars, les lunettes de la maison mère de Snapchat seront disponibles en France à la rentrée."),
        ("lesnumeriques.com", "06-09 19:00",
         "Nous avons testé les Specs de Snap : premières impressions",
         "Plus légères que prévu, mais une autonomie de 45 minutes : notre prise en main lors de la présentation à Los Angeles."),
        ("numerama.com", "06-10 08:00",
         "1 499 dollars pour voir Snapchat en 3D : les Specs sont officielles",
         "Après dix ans de prototypes, le réseau social au fantôme commercialise enfin ses lunettes connectées."),
    ]),
    # ---------------------------------------------- Commission fines Meta under the DSA (dark patterns, researchers)
    ("meta-dsa-fine-dark-patterns", "fresh74", [
        ("lesechos.fr", "06-10 11:15",
         "Bruxelles inflige 700 millions d'euros d'amende à Meta au titre du DSA",
         "La Commission sanctionne Facebook et Instagram pour des mécanismes de signalement des contenus illicites jugés trompeurs et l'accès refusé aux chercheurs."),
        ("next.ink", "06-10 13:00",
         "DSA : première amende pour Meta, pour ses « dark patterns »",
         "Formulaires de signalement décourageants, données inaccessibles aux chercheurs : la Commission conclut une procédure ouverte en 2024."),
        ("lemondeinformatique.fr", "06-10 16:30",
         "Signalement de contenus illicites : la maison mère de Facebook sanctionnée par l'UE",
         "700 millions d'euros : la Commission européenne frappe le groupe de Mark Zuckerberg pour ses interfaces trompeuses."),
    ]),
    # ---------------------------------------------- Conseil constitutionnel rules on the under-15 law
    ("under15-ban-conseil-constitutionnel", "fresh74", [
        ("lefigaro.fr", "06-11 17:00",
         "Majorité numérique : le Conseil constitutionnel valide l'essentiel de la loi",
         "Les Sages ont jugé conforme l'interdiction des réseaux sociaux avant 15 ans, mais censuré l'obligation de vérifier l'âge des comptes existants."),
        ("next.ink", "06-11 18:20",
         "Réseaux sociaux avant 15 ans : censure partielle des Sages",
         "Saisi par des députés, le Conseil constitutionnel a censuré deux articles de la loi sur la majorité numérique, dont celui visant les comptes déjà ouverts."),
    ]),
    # ---------------------------------------------- Pinterest layoffs
    ("pinterest-layoffs", "fresh74", [
        ("lesechos.fr", "06-12 07:00",
         "Pinterest supprime 10 % de ses effectifs pour financer l'IA",
         "Le réseau social d'images va se séparer d'environ 500 salariés et réorienter ses investissements vers ses outils d'intelligence artificielle."),
    ]),
    # ---------------------------------------------- X Money launches in France
    ("x-money-france", "fresh74", [
        ("frandroid.com", "06-15 09:00",
         "X Money arrive en France : le réseau social d'Elon Musk veut devenir votre banque",
         "Portefeuille, virements entre utilisateurs et carte Visa : le service de paiement de X ouvre aux abonnés Premium français."),
        ("bfmtv.com", "06-15 12:00",
         "Paiements sur X : ce que propose X Money aux utilisateurs français",
         "Agréé comme établissement de paiement en Irlande, le service promet des virements instantanés gratuits et un taux d'intérêt sur les dépôts."),
    ]),
    # ---------------------------------------------- Meta-wide outage (Instagram, Facebook, WhatsApp)
    ("meta-outage-jun16", "fresh74", [
        ("bfmtv.com", "06-16 18:40",
         "Instagram, Facebook et WhatsApp en panne dans le monde entier",
         "Depuis 18 heures, les applications de Meta ne chargent plus ; des centaines de milliers de signalements ont été enregistrés."),
        ("01net.com", "06-16 19:10",
         "Panne géante chez Meta : vos applis ne répondent plus",
         "Messages bloqués, fils vides, connexion impossible : les services du groupe de Mark Zuckerberg sont perturbés sur tous les continents."),
        ("journaldugeek.com", "06-16 20:30",
         "Meta down : deux heures sans Insta ni WhatsApp",
         "Les applications de la maison mère de Facebook reviennent progressivement après une coupure mondiale en début de soirée."),
        ("numerama.com", "06-17 08:00",
         "Meta explique la panne de ses services par une erreur de configuration",
         "Une modification du routage interne a isolé les centres de données du groupe pendant près de deux heures mardi soir."),
    ]),
    # ---------------------------------------------- Mistral Medium 4
    ("mistral-medium-4", "fresh74", [
        ("usine-digitale.fr", "06-17 09:00",
         "Mistral AI dévoile Mistral Medium 4",
         "Le champion français de l'IA générative présente un modèle de taille intermédiaire, déployable sur site et optimisé pour les agents."),
        ("lemagit.fr", "06-17 14:00",
         "Mistral Medium 4 : la start-up parisienne muscle son offre pour les entreprises",
         "Prix divisé par deux, fenêtre de contexte étendue et hébergement souverain : les arguments du nouveau modèle face à GPT et Claude."),
    ]),
    # ---------------------------------------------- an Instagram-only glitch two days after the Meta outage
    ("instagram-outage-jun18", "fresh74", [
        ("frandroid.com", "06-18 13:00",
         "Instagram ne charge plus les stories",
         "Deux jours après la panne géante des services de Meta, de nombreux utilisateurs ne parviennent plus à afficher stories et messages sur Instagram."),
        ("clubic.com", "06-18 15:00",
         "Instagram de nouveau perturbé",
         "Le réseau social connaît des difficultés depuis la fin de matinée ; Meta dit enquêter."),
    ]),
    # ---------------------------------------------- YouTube Shorts limits for parents
    ("youtube-shorts-parental-limit", "fresh74", [
        ("lesnumeriques.com", "06-19 10:00",
         "YouTube permet aux parents de limiter le temps passé sur Shorts",
         "Les comptes supervisés peuvent désormais plafonner, voire bloquer, le flux de vidéos courtes depuis l'application Family Link."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
