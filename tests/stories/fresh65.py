"""The 65th fresh labelled set of French tech news (mostly cloud and data centres), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh65".
Positives: titles sharing almost no word with the rest of their story (a post-mortem named by its cause,
"l'État tourne la page Microsoft", "pourquoi la moitié d'Internet est tombée"); events named only by
periphrasis ("le géant de Redmond", "le champion français du cloud", "la pépite française de l'IA");
syndicated scoops ("selon Les Echos", "selon L'Informé"); English-word titles ("Outage chez Azure",
"Price hike chez OVHcloud", "Layoffs chez Ubisoft"); terse follow-ups ("le service rétabli"), post-mortems
and explainers published the next day or two days later; a hands-on test on launch day; digits vs words.
Hard negatives: two Azure outages a week apart (the second vague about place); Azure price rise then
Microsoft 365 price rise; Broadcom's VMware licence change then the CISPE appeal; Bleu's SecNumCloud
qualification, S3NS adding Gemini the next day, NumSpot qualified a month later, and the ANSSI draft
SecNumCloud 3.3; OVHcloud then Scaleway raising prices for the same reason; OVHcloud annual results then
its Gravelines AI site; AWS us-east-1 outage, then an AWS Paris-zone outage, then AWS's sovereign region
for France two days later; Cloudflare outage then a ChatGPT outage two days later; the Health Data Hub
migration contract then a Cour des comptes report on it; Equinix and Data4 opening Paris-area sites a day
apart (and Digital Realty in Marseille later); the Fouju AI campus permit then its grid connection;
Mistral Compute opening two days after a Mistral model; Clever Cloud and Sesterce raising the same day;
Google then AWS dropping egress fees; Microsoft and Alphabet results the same evening, Amazon the next;
Samsung's preliminary then final quarter; three identical weekly cloud recaps, two weekend deals posts,
Prime Day dates then Prime Day deals; two iPhones at one keynote; iOS 27 then its battery drain; Ubisoft
layoffs then strike; a CNIL fine then its appeal; two départements hit by ransomware two days apart; the
SFR sale then the competition probe; a Freebox launch then a bug that cuts the Wi-Fi.
`build` fixes the year 2026; times are UTC, August to October 2026.

Held out: measured once, on the code that lands at the end of stop 27: precision 0.975, recall 0.830 (0.959 /
0.830 on 13a24e1, the code that landed at stop 26); nothing was written for it.
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Azure West Europe (Netherlands) down 11 hours, cooling failure
    ("azure-westeurope-outage", "fresh65", [
        ("lemagit.fr", "08-04 08:15",
         "Azure : panne majeure dans la région Europe de l'Ouest",
         "Depuis 6 heures ce mardi, de nombreux services Azure hébergés dans la région West Europe, aux Pays-Bas, "
         "sont indisponibles ou dégradés, dont les machines virtuelles et Azure SQL."),
        ("zdnet.fr", "08-04 10:30",
         "Microsoft Azure : des clients européens privés de leurs machines virtuelles",
         "Une panne touche depuis le petit matin le centre de données néerlandais de Microsoft ; "
         "des entreprises françaises dont les charges tournent dans la région West Europe sont à l'arrêt."),
        ("lemondeinformatique.fr", "08-04 12:40",
         "Une défaillance du refroidissement paralyse la région Azure West Europe",
         "En pleine canicule, une panne des groupes froids a contraint Microsoft à arrêter une partie des serveurs "
         "de sa région cloud d'Amsterdam, selon la page d'état du fournisseur."),
        ("silicon.fr", "08-04 15:05",
         "Outage chez Azure : Teams et Outlook aussi touchés en Europe",
         "L'incident de la région West Europe déborde sur les services de Microsoft 365, dont la messagerie "
         "et la visioconférence, pour une partie des utilisateurs européens."),
        ("next.ink", "08-04 19:20",
         "Azure : le service rétabli après onze heures",
         "Microsoft annonce le retour à la normale dans sa région néerlandaise, onze heures après le début de la "
         "panne de refroidissement."),
        ("lemagit.fr", "08-06 09:00",
         "Panne d'Azure aux Pays-Bas : Microsoft publie son rapport préliminaire",
         "Deux groupes froids en panne simultanée et un basculement automatique qui n'a pas fonctionné : "
         "le fournisseur détaille l'enchaînement qui a mis à terre sa région West Europe mardi."),
    ]),
    # ---------------------------------------------- a week later: Entra ID misconfiguration, portal down ~2 h
    ("azure-entra-outage", "fresh65", [
        ("next.ink", "08-11 13:10",
         "Nouvelle panne chez Microsoft : le portail Azure inaccessible",
         "Une semaine après l'incident néerlandais, les clients du géant de Redmond ont de nouveau été privés de "
         "leur console d'administration pendant près de deux heures, à la suite d'une erreur de configuration."),
        ("lemondeinformatique.fr", "08-11 16:45",
         "Azure de nouveau en panne, l'authentification en cause",
         "Une modification défectueuse déployée dans Entra ID a bloqué les connexions aux services cloud de "
         "Microsoft dans plusieurs régions, dont France Central, en fin de matinée."),
    ]),
    # ---------------------------------------------- weekly recap, silicon.fr, week 32
    ("silicon-recap-w32", "fresh65", [
        ("silicon.fr", "08-07 17:00",
         "Cloud : les 5 infos de la semaine",
         "Panne géante d'Azure aux Pays-Bas, rapport préliminaire de Microsoft, nouvelles régions et contrats "
         "publics : l'essentiel de l'actualité cloud de la semaine."),
    ]),
    # ---------------------------------------------- Google Cloud drops egress fees for EU customers
    ("google-cloud-egress", "fresh65", [
        ("lemondeinformatique.fr", "08-12 09:30",
         "Google Cloud supprime les frais de sortie de données en Europe",
         "Anticipant le Data Act, qui interdira ces frais en janvier 2027, le géant de Mountain View cesse de "
         "facturer les transferts sortants aux clients européens qui quittent sa plateforme."),
        ("next.ink", "08-12 14:15",
         "Data Act : Google renonce dès maintenant aux frais de migration sortante",
         "Les clients de Google Cloud dans l'Union européenne pourront rapatrier leurs données ou changer de "
         "fournisseur sans payer de frais d'egress, à condition de résilier leur contrat."),
    ]),
    # ---------------------------------------------- two days later AWS does the same (another event)
    ("aws-egress", "fresh65", [
        ("lemagit.fr", "08-14 08:40",
         "AWS emboîte le pas à Google sur les frais de sortie",
         "Amazon Web Services ne facturera plus les transferts de données sortants aux clients européens qui "
         "migrent vers un autre cloud, deux jours après l'annonce de son concurrent."),
    ]),
    # ---------------------------------------------- CNIL fines Leboncoin for cookies
    ("cnil-leboncoin-fine", "fresh65", [
        ("next.ink", "08-13 10:00",
         "Cookies : la CNIL inflige 20 millions d'euros d'amende à Leboncoin",
         "Le gendarme des données personnelles reproche au site de petites annonces d'avoir déposé des traceurs "
         "publicitaires avant tout consentement et rendu le refus plus difficile que l'acceptation."),
        ("numerama.com", "08-13 12:30",
         "Leboncoin sanctionné par la CNIL pour ses traceurs publicitaires",
         "La Commission nationale de l'informatique et des libertés prononce une amende de 20 millions d'euros "
         "contre la plateforme, qui compte 30 millions de visiteurs par mois."),
        ("bfmtv.com", "08-13 15:00",
         "Le site de petites annonces préféré des Français écope d'une amende de 20 millions",
         "La CNIL a sanctionné Leboncoin pour ses cookies ; l'entreprise dit « prendre acte » et étudier "
         "les suites à donner."),
    ]),
    # ---------------------------------------------- weekly recap, silicon.fr, week 33 (same title as w32)
    ("silicon-recap-w33", "fresh65", [
        ("silicon.fr", "08-14 17:00",
         "Cloud : les 5 infos de la semaine",
         "Nouvelle panne d'Azure, fin des frais de sortie chez Google Cloud puis AWS, et des cookies "
         "sanctionnés par la CNIL : l'essentiel de l'actualité cloud de la semaine."),
    ]),
    # ---------------------------------------------- Cloud Temple buys Ikoula
    ("cloud-temple-ikoula", "fresh65", [
        ("lemagit.fr", "08-18 09:15",
         "Cloud Temple met la main sur l'hébergeur Ikoula",
         "Le fournisseur de cloud qualifié SecNumCloud rachète l'hébergeur rémois, qui compte 6 000 clients "
         "parmi les PME, pour un montant non communiqué."),
    ]),
    # ---------------------------------------------- Ubisoft cuts ~180 jobs in French studios (scoop L'Informé)
    ("ubisoft-layoffs", "fresh65", [
        ("linforme.com", "08-19 06:00",
         "Ubisoft prépare la suppression de 180 postes dans ses studios français",
         "Selon nos informations, l'éditeur de jeux vidéo va présenter aux représentants du personnel un plan "
         "de rupture conventionnelle collective visant Paris, Montpellier et Annecy."),
        ("bfmtv.com", "08-19 10:20",
         "Ubisoft va supprimer près de 200 emplois en France, selon L'Informé",
         "Le groupe de la famille Guillemot poursuit sa cure d'économies : environ 180 postes seraient concernés "
         "dans ses studios hexagonaux."),
        ("lefigaro.fr", "08-19 13:45",
         "Ubisoft confirme un plan de départs volontaires dans ses studios français",
         "L'éditeur d'Assassin's Creed a confirmé le projet, qui porte sur 180 postes et doit être bouclé "
         "avant la fin de l'année."),
        ("clubic.com", "08-19 16:30",
         "Layoffs chez Ubisoft : Paris, Montpellier et Annecy touchés",
         "Nouvelle vague de départs chez l'éditeur français, qui veut réduire ses coûts de 200 millions d'euros "
         "supplémentaires ; une centaine de postes concernent les studios de Montpellier."),
    ]),
    # ---------------------------------------------- Microsoft raises Azure euro prices by 9 % from 1 October
    ("azure-price-eur", "fresh65", [
        ("lemagit.fr", "08-20 09:30",
         "Microsoft augmente de 9 % ses tarifs Azure en euros",
         "À compter du 1er octobre, les prix des services Azure libellés en euros progresseront de 9 %, "
         "Microsoft invoquant un réalignement sur le dollar."),
        ("lemondeinformatique.fr", "08-20 11:15",
         "Le géant de Redmond relève ses prix cloud en Europe",
         "Les clients européens de la plateforme de l'éditeur paieront 9 % de plus dès octobre ; le Cigref "
         "dénonce une hausse « unilatérale et sans préavis suffisant »."),
        ("journaldunet.com", "08-21 08:00",
         "Hausse des prix d'Azure : comment limiter la facture",
         "Réservations, plans d'économies, engagements pluriannuels : les leviers pour amortir l'augmentation "
         "de 9 % des tarifs en euros annoncée par Microsoft pour octobre."),
    ]),
    # ---------------------------------------------- Google Pixel 11 launch
    ("pixel-11-launch", "fresh65", [
        ("frandroid.com", "08-20 18:00",
         "Pixel 11 et 11 Pro officiels : prix, date de sortie et fiche technique",
         "Google dévoile ses nouveaux smartphones équipés de la puce Tensor G6, vendus à partir de 899 euros "
         "en France dès le 27 août."),
    ]),
    # ---------------------------------------------- Bouygues Telecom mobile outage
    ("bouygues-mobile-outage", "fresh65", [
        ("01net.com", "08-21 09:10",
         "Panne Bouygues Telecom : des clients privés d'appels et de 4G",
         "Depuis 7 heures, de nombreux abonnés mobiles de l'opérateur signalent l'impossibilité de passer des "
         "appels ou de se connecter à Internet, surtout dans le Sud-Ouest."),
    ]),
    # ---------------------------------------------- Hetzner picks Marseille for first French data centre
    ("hetzner-marseille", "fresh65", [
        ("lemondeinformatique.fr", "08-24 10:00",
         "Hetzner choisit Marseille pour son premier datacenter français",
         "L'hébergeur allemand à bas prix ouvrira au printemps 2027 un site dans la cité phocéenne, au plus près "
         "des câbles sous-marins qui y atterrissent."),
    ]),
    # ---------------------------------------------- Cloudflare global outage, ~3 hours, oversized WAF file
    ("cloudflare-outage", "fresh65", [
        ("bfmtv.com", "08-25 12:40",
         "Panne de Cloudflare : X, ChatGPT et des milliers de sites inaccessibles",
         "Depuis 11 h 20, un incident chez le prestataire américain empêche d'accéder à une multitude de "
         "services en ligne, des réseaux sociaux aux sites de e-commerce."),
        ("01net.com", "08-25 13:15",
         "Cloudflare en panne : pourquoi de nombreux sites affichent une erreur 500",
         "Le réseau de diffusion de contenus qui protège un cinquième du Web connaît une défaillance mondiale ; "
         "les visiteurs tombent sur une page d'erreur."),
        ("clubic.com", "08-25 14:00",
         "Internet en carafe ce midi : le géant du CDN reconnaît un incident mondial",
         "Cloudflare confirme une panne de son réseau et indique avoir identifié la cause ; le rétablissement "
         "serait en cours."),
        ("next.ink", "08-26 10:20",
         "Un fichier de règles trop volumineux à l'origine de l'incident de mardi",
         "Le fournisseur explique qu'une modification de son pare-feu applicatif a produit un fichier de "
         "configuration deux fois trop gros, faisant planter ses proxys pendant près de trois heures."),
    ]),
    # ---------------------------------------------- Health Data Hub: 3DS Outscale wins contract to leave Azure
    ("hdh-outscale-migration", "fresh65", [
        ("lemondeinformatique.fr", "08-26 09:00",
         "Le Health Data Hub retient 3DS Outscale pour quitter Microsoft",
         "La plateforme des données de santé a attribué à la filiale de Dassault Systèmes le marché "
         "d'hébergement qui doit lui permettre de sortir d'Azure d'ici fin 2027."),
        ("next.ink", "08-26 11:30",
         "Données de santé : l'État tourne la page Microsoft",
         "Après cinq ans de polémiques, la base nationale qui centralise les données de l'Assurance maladie "
         "sera migrée vers un cloud qualifié SecNumCloud, opéré par 3DS Outscale."),
        ("lemagit.fr", "08-26 14:10",
         "Health Data Hub : Outscale remporte l'appel d'offres SecNumCloud",
         "Le groupement emmené par 3DS Outscale l'emporte face à deux concurrents pour héberger le Health "
         "Data Hub ; le contrat est estimé à 60 millions d'euros sur six ans."),
        ("zdnet.fr", "08-27 09:00",
         "Plateforme des données de santé : le calendrier de la bascule",
         "Premiers projets de recherche migrés au printemps, extinction de l'environnement Azure fin 2027 : "
         "les étapes du déménagement annoncé mercredi."),
    ]),
    # ---------------------------------------------- ChatGPT outage two days after Cloudflare's (another event)
    ("chatgpt-outage", "fresh65", [
        ("numerama.com", "08-27 09:40",
         "ChatGPT en panne : OpenAI enquête",
         "Le chatbot d'OpenAI est inaccessible pour de nombreux utilisateurs depuis ce matin, deux jours après "
         "la panne de Cloudflare qui l'avait déjà rendu injoignable ; cette fois, le problème vient de ses "
         "propres serveurs."),
    ]),
    # ---------------------------------------------- Equinix opens PA13 in Saint-Denis (28 MW)
    ("equinix-pa13", "fresh65", [
        ("lemondeinformatique.fr", "08-27 10:00",
         "Equinix inaugure PA13, son plus grand datacenter parisien",
         "Le spécialiste américain de la colocation met en service à Saint-Denis un site de 28 MW, relié par "
         "fibre à son campus PA10."),
        ("journaldunet.com", "08-27 15:00",
         "Saint-Denis : Equinix ouvre un centre de données de 28 mégawatts",
         "Le nouveau bâtiment, chauffé en partie par la récupération de chaleur, accueillera des clients "
         "financiers et des fournisseurs de cloud."),
    ]),
    # ---------------------------------------------- the next day: Data4 adds 30 MW at Nozay (another event)
    ("data4-nozay", "fresh65", [
        ("silicon.fr", "08-28 09:30",
         "Data4 met en service un nouveau bâtiment sur son campus de Nozay",
         "L'opérateur de datacenters ajoute 30 MW à son campus de l'Essonne, déjà loué en grande partie à un "
         "hyperscaler."),
        ("usine-digitale.fr", "08-28 12:00",
         "Data4 inaugure 30 mégawatts supplémentaires en Essonne",
         "Le français, filiale du fonds Brookfield, poursuit l'extension de son site historique au sud de "
         "Paris, qui atteindra 150 MW en 2028."),
    ]),
    # ---------------------------------------------- weekend deals post, clubic, 29 August
    ("clubic-deals-0829", "fresh65", [
        ("clubic.com", "08-29 07:30",
         "Les bons plans tech du week-end : SSD, écrans et smartphones à prix cassés",
         "Notre sélection des meilleures promotions du moment : un SSD de 2 To à moins de 100 euros, un écran "
         "OLED en forte baisse et le Pixel 10 à prix réduit."),
    ]),
    # ---------------------------------------------- Vitale card arrives in France Identité app
    ("vitale-france-identite", "fresh65", [
        ("01net.com", "08-31 08:00",
         "La carte Vitale arrive dans l'application France Identité",
         "Les assurés peuvent désormais présenter une carte Vitale dématérialisée depuis leur smartphone chez le "
         "médecin ou en pharmacie, après une activation sécurisée."),
    ]),
    # ---------------------------------------------- OVHcloud raises prices 5-10 % from 1 October (scoop Les Echos)
    ("ovh-price-increase", "fresh65", [
        ("lesechos.fr", "09-01 06:00",
         "OVHcloud va augmenter ses prix, plombé par la flambée de la mémoire",
         "Le champion français du cloud prévient ses clients d'une hausse de 5 à 10 % du prix de ses serveurs "
         "dédiés et de ses instances à partir du 1er octobre, sous l'effet du renchérissement de la DRAM."),
        ("lemagit.fr", "09-01 09:40",
         "OVHcloud relève ses tarifs, selon Les Echos",
         "L'hébergeur roubaisien répercutera la hausse du prix de la mémoire vive sur ses serveurs dédiés et ses "
         "instances cloud dès octobre, rapportent nos confrères."),
        ("01net.com", "09-01 12:10",
         "Price hike chez OVHcloud : jusqu'à 10 % de plus sur les serveurs",
         "Les clients de l'hébergeur français verront leur facture grimper à partir d'octobre ; la pénurie de "
         "mémoire provoquée par l'IA est en cause."),
        ("next.ink", "09-01 16:00",
         "Mémoire : OVHcloud confirme la hausse de sa grille tarifaire",
         "L'entreprise confirme une augmentation de 5 à 10 % de ses prix au 1er octobre, notamment sur les "
         "gammes Advance et Scale ; les contrats engagés ne sont pas concernés."),
    ]),
    # ---------------------------------------------- Outscale opens a region in Germany
    ("outscale-germany", "fresh65", [
        ("lemagit.fr", "09-02 10:30",
         "3DS Outscale ouvre une région cloud à Francfort",
         "La filiale de Dassault Systèmes inaugure sa première région allemande, qualifiée C5 par le BSI, pour "
         "servir les industriels d'outre-Rhin."),
    ]),
    # ---------------------------------------------- Broadcom: VMware minimum 72 cores per order
    ("broadcom-vmware-72-cores", "fresh65", [
        ("lemagit.fr", "09-03 08:45",
         "VMware : Broadcom impose désormais 72 cœurs minimum par commande",
         "Le propriétaire de VMware multiplie par quatre et demi le nombre minimal de cœurs facturés pour VMware "
         "Cloud Foundation, une mesure qui pénalise les petites infrastructures."),
        ("lemondeinformatique.fr", "09-03 11:20",
         "Broadcom durcit encore les licences VMware",
         "Les clients de VMware Cloud Foundation devront acheter au moins 72 cœurs par commande, contre 16 "
         "auparavant, selon une note envoyée aux partenaires."),
        ("silicon.fr", "09-04 09:10",
         "Licences de virtualisation : les PME une nouvelle fois à la peine",
         "Le passage à un minimum de soixante-douze cœurs par commande décidé par Broadcom alourdit la facture "
         "des petites infrastructures, s'inquiètent les intégrateurs."),
    ]),
    # ---------------------------------------------- Ubisoft strike two weeks after the layoff plan
    ("ubisoft-strike", "fresh65", [
        ("numerama.com", "09-03 11:00",
         "Grève chez Ubisoft : les studios français débraient",
         "À l'appel du STJV et de Solidaires Informatique, des salariés de Paris, Montpellier et Annecy ont "
         "cessé le travail ce jeudi pour protester contre le plan de départs."),
        ("lefigaro.fr", "09-03 17:30",
         "Ubisoft : mobilisation des salariés contre les suppressions de postes",
         "Plusieurs centaines d'employés de l'éditeur se sont rassemblés devant le siège de Saint-Mandé lors "
         "d'une journée de grève."),
    ]),
    # ---------------------------------------------- weekend deals post, clubic, 5 September
    ("clubic-deals-0905", "fresh65", [
        ("clubic.com", "09-05 07:30",
         "Les bons plans tech du week-end : PC portables, casques et smartphones à prix cassés",
         "Notre sélection des meilleures promotions du moment : un MacBook Air en baisse, un casque à réduction "
         "de bruit à moitié prix et des smartphones reconditionnés."),
    ]),
    # ---------------------------------------------- Bleu (Orange-Capgemini) qualified SecNumCloud
    ("bleu-secnumcloud", "fresh65", [
        ("lesechos.fr", "09-08 06:30",
         "Bleu, le cloud de confiance d'Orange et Capgemini, décroche le visa SecNumCloud",
         "L'ANSSI a qualifié la coentreprise, qui exploite les technologies de Microsoft dans des datacenters "
         "français, au titre de son référentiel SecNumCloud 3.2."),
        ("lemagit.fr", "09-08 09:00",
         "SecNumCloud : Bleu obtient sa qualification",
         "Après près de trois ans d'instruction, l'offre Azure et Microsoft 365 opérée par Orange et Capgemini "
         "est qualifiée par l'ANSSI."),
        ("silicon.fr", "09-08 11:30",
         "Bleu qualifié SecNumCloud : Microsoft a enfin son « cloud de confiance »",
         "La qualification de l'Agence nationale de la sécurité des systèmes d'information ouvre à Bleu les "
         "marchés des données sensibles de l'État et des opérateurs d'importance vitale."),
        ("journaldunet.com", "09-08 14:00",
         "Les services de Microsoft passent sous pavillon souverain",
         "La coentreprise d'Orange et Capgemini obtient le précieux sésame de l'ANSSI : Azure et Microsoft 365 "
         "peuvent désormais héberger les données sensibles de l'administration."),
        ("usine-digitale.fr", "09-09 08:30",
         "Cloud de confiance : les premiers clients de Bleu préparent la bascule",
         "Au lendemain de sa qualification SecNumCloud, Bleu annonce que la Caisse des dépôts et deux "
         "ministères migreront leurs messageries d'ici la fin de l'année."),
    ]),
    # ---------------------------------------------- next day: S3NS opens Gemini in its SecNumCloud offer
    ("s3ns-gemini", "fresh65", [
        ("lemondeinformatique.fr", "09-09 10:15",
         "S3NS ouvre Gemini aux clients de son offre SecNumCloud",
         "La coentreprise de Thales et Google rend disponibles les modèles Gemini dans son cloud qualifié, au "
         "lendemain de la qualification de son concurrent Bleu."),
        ("usine-digitale.fr", "09-09 13:00",
         "Cloud de confiance : Thales et Google ajoutent l'IA générative à S3NS",
         "Les administrations et entreprises sensibles pourront utiliser les modèles de Google sans que leurs "
         "données quittent l'offre Premi3ns, hébergée en France."),
    ]),
    # ---------------------------------------------- Apple keynote: iPhone 18 Pro
    ("iphone-18-pro", "fresh65", [
        ("frandroid.com", "09-09 18:30",
         "iPhone 18 Pro et 18 Pro Max officiels : prix, date de sortie, fiche technique",
         "Apple dévoile ses nouveaux haut de gamme, animés par la puce A20 Pro, disponibles le 18 septembre "
         "à partir de 1 329 euros."),
        ("lesnumeriques.com", "09-09 19:10",
         "Apple présente les iPhone 18 Pro, avec une puce gravée en 2 nm",
         "Nouvelle puce A20 Pro, capteur principal à ouverture variable et modem maison : les nouveautés des "
         "smartphones premium d'Apple."),
        ("01net.com", "09-09 20:00",
         "iPhone 18 Pro : ce qui change vraiment par rapport à l'iPhone 17 Pro",
         "Appareil photo, autonomie, prix : nous avons comparé point par point la nouvelle génération à la "
         "précédente."),
    ]),
    # ---------------------------------------------- same keynote: first foldable iPhone (another event)
    ("iphone-fold", "fresh65", [
        ("frandroid.com", "09-09 18:45",
         "iPhone Fold : Apple lance enfin son premier smartphone pliable",
         "Présenté lors du même keynote, le premier pliable d'Apple s'ouvre comme un livre et révèle un écran "
         "de 7,8 pouces sans pli visible."),
        ("numerama.com", "09-09 19:30",
         "Le premier iPhone pliable coûtera 2 399 euros",
         "Apple fixe un prix record pour son smartphone pliant, qui n'arrivera en boutique que fin octobre."),
        ("lefigaro.fr", "09-10 06:00",
         "Avec son pliable, Apple rattrape Samsung avec sept ans de retard",
         "La firme à la pomme se lance à son tour sur le marché des écrans pliants, en misant sur la finesse et "
         "l'absence de pliure visible."),
    ]),
    # ---------------------------------------------- Scaleway raises prices too, nine days after OVHcloud
    ("scaleway-price-increase", "fresh65", [
        ("silicon.fr", "09-10 10:30",
         "Scaleway augmente à son tour ses prix",
         "La filiale cloud d'Iliad relève de 7 % en moyenne le tarif de ses instances et de ses serveurs "
         "Dedibox à partir du 1er novembre, invoquant elle aussi le coût de la mémoire."),
        ("next.ink", "09-10 12:00",
         "Dedibox et instances : Scaleway répercute la hausse de la DRAM",
         "Après OVHcloud, le cloud du groupe de Xavier Niel annonce une augmentation de 7 % en moyenne de ses "
         "prix, jusqu'à 12 % sur certains serveurs dédiés."),
    ]),
    # ---------------------------------------------- iOS 27 release
    ("ios-27-release", "fresh65", [
        ("frandroid.com", "09-14 17:30",
         "iOS 27 est disponible : les nouveautés et les iPhone compatibles",
         "Apple déploie la mise à jour annuelle de son système mobile, avec une Siri remaniée et un mode "
         "d'économie d'énergie adaptatif ; l'iPhone 11 n'est plus pris en charge."),
        ("01net.com", "09-14 18:15",
         "Faut-il installer iOS 27 tout de suite ?",
         "La nouvelle version du système d'Apple est disponible au téléchargement : nos conseils avant de lancer "
         "la mise à jour."),
    ]),
    # ---------------------------------------------- AWS us-east-1 outage, ~7 h, DNS automation
    ("aws-us-east-1-outage", "fresh65", [
        ("01net.com", "09-15 14:20",
         "Panne AWS : Snapchat, Fortnite et Canva hors service",
         "Une panne d'Amazon Web Services dans sa région de Virginie du Nord perturbe depuis le début d'après-midi "
         "de nombreux services en ligne dans le monde."),
        ("bfmtv.com", "09-15 15:05",
         "Une panne géante chez Amazon paralyse des applications dans le monde entier",
         "Jeux vidéo, messageries, banques : une défaillance chez le numéro un mondial du cloud rend "
         "inaccessibles de nombreux services, y compris en France."),
        ("numerama.com", "09-15 16:30",
         "Pourquoi la moitié d'Internet est tombée cet après-midi",
         "Un dysfonctionnement du DNS interne de la région us-east-1 d'AWS a provoqué une réaction en chaîne "
         "chez des milliers de clients."),
        ("lemagit.fr", "09-16 08:00",
         "us-east-1 : retour à la normale après sept heures d'incident",
         "Amazon Web Services a rétabli dans la nuit l'ensemble de ses services en Virginie ; DynamoDB et EC2 "
         "ont été les plus touchés."),
        ("lemondeinformatique.fr", "09-17 10:10",
         "Panne d'AWS : le post-mortem pointe un automate de DNS",
         "Dans son rapport publié mercredi soir, Amazon Web Services explique qu'une condition de concurrence "
         "dans l'outil de gestion DNS de DynamoDB a déclenché la panne de mardi."),
    ]),
    # ---------------------------------------------- funding: Clever Cloud 30 M€
    ("clever-cloud-funding", "fresh65", [
        ("lesechos.fr", "09-16 06:30",
         "Clever Cloud lève 30 millions d'euros pour défier les hyperscalers",
         "La plateforme nantaise d'hébergement d'applications boucle un tour de table mené par Bpifrance et "
         "Eurazeo, le plus important de son histoire."),
        ("journaldunet.com", "09-16 10:00",
         "Le nantais Clever Cloud boucle une levée de 30 M€",
         "La start-up, qui revendique 2 000 clients, va recruter une centaine de personnes et ouvrir des régions "
         "en Allemagne et en Espagne."),
        ("lemagit.fr", "09-16 13:40",
         "Clever Cloud : trente millions pour sortir de France",
         "Le PaaS français financera son expansion européenne et le développement de ses services managés de "
         "bases de données."),
    ]),
    # ---------------------------------------------- same day: Sesterce 45 M€ (another event)
    ("sesterce-funding", "fresh65", [
        ("lesechos.fr", "09-16 06:45",
         "Sesterce lève 45 millions d'euros pour ses datacenters IA",
         "L'opérateur marseillais de cloud GPU finance l'installation de 8 000 puces Nvidia dans ses sites du "
         "sud de la France."),
        ("usine-digitale.fr", "09-16 11:00",
         "IA : le marseillais Sesterce lève 45 millions d'euros",
         "Le fournisseur de puissance de calcul pour l'intelligence artificielle lève des fonds auprès d'Eurazeo "
         "et de la Banque des Territoires."),
    ]),
    # ---------------------------------------------- CISPE appeals to the EU General Court about Broadcom
    ("cispe-broadcom-appeal", "fresh65", [
        ("lemagit.fr", "09-17 10:00",
         "Le CISPE attaque la Commission devant le Tribunal de l'UE dans l'affaire Broadcom",
         "L'association des fournisseurs européens de cloud conteste le refus de Bruxelles d'enquêter sur les "
         "pratiques de licence de VMware depuis son rachat."),
        ("next.ink", "09-17 15:40",
         "VMware : les clouds européens portent l'affaire Broadcom devant la justice",
         "Le CISPE dépose un recours contre la Commission européenne, qu'il accuse d'avoir laissé Broadcom "
         "imposer ses hausses de prix aux hébergeurs."),
    ]),
    # ---------------------------------------------- Amazon announces October Prime Big Deal Days dates
    ("prime-days-dates", "fresh65", [
        ("frandroid.com", "09-17 08:00",
         "Amazon fixe les dates de ses Prime Big Deal Days d'octobre",
         "Le deuxième Prime Day de l'année aura lieu les 6 et 7 octobre, réservé aux abonnés Prime."),
        ("lesnumeriques.com", "09-17 11:30",
         "Prime Day d'automne : rendez-vous les 6 et 7 octobre",
         "Amazon confirme son événement promotionnel de rentrée, quelques semaines avant le Black Friday."),
    ]),
    # ---------------------------------------------- weekly recap, silicon.fr, week 38 (same title again)
    ("silicon-recap-w38", "fresh65", [
        ("silicon.fr", "09-18 17:00",
         "Cloud : les 5 infos de la semaine",
         "Panne géante d'AWS en Virginie, levées de fonds de Clever Cloud et Sesterce, recours du CISPE contre "
         "la Commission : l'essentiel de l'actualité cloud de la semaine."),
    ]),
    # ---------------------------------------------- iOS 27 battery drain a week after release
    ("ios-27-battery-drain", "fresh65", [
        ("frandroid.com", "09-21 08:30",
         "Votre iPhone se vide à toute vitesse depuis la mise à jour ? Vous n'êtes pas seul",
         "De nombreux utilisateurs se plaignent d'une autonomie en chute libre depuis l'installation de la "
         "dernière version du système d'Apple ; l'indexation de Spotlight serait en cause."),
        ("01net.com", "09-21 12:00",
         "iOS 27 vide la batterie des iPhone : Apple promet un correctif",
         "La firme de Cupertino reconnaît une consommation anormale sur certains modèles et prépare une mise à "
         "jour corrective."),
        ("lesnumeriques.com", "09-21 16:40",
         "Autonomie en berne sur iPhone : les premières astuces en attendant le correctif",
         "Désactiver l'actualisation en arrière-plan, patienter la fin de l'indexation : comment limiter la "
         "décharge rapide constatée depuis iOS 27."),
    ]),
    # ---------------------------------------------- Fouju AI campus (1.4 GW) gets building permit
    ("campus-ia-fouju-permit", "fresh65", [
        ("lesechos.fr", "09-22 07:00",
         "Le campus IA de Fouju obtient son permis de construire",
         "Le projet de centre de données de 1,4 gigawatt porté par MGX, Bpifrance, Mistral AI et Nvidia en "
         "Seine-et-Marne franchit une étape décisive, avec un premier bâtiment attendu en 2028."),
        ("latribune.fr", "09-22 10:20",
         "Seine-et-Marne : feu vert pour le plus grand datacenter d'Europe",
         "La préfecture a délivré l'autorisation de construire ce site géant dédié à l'intelligence "
         "artificielle, malgré l'opposition d'associations locales."),
        ("usine-digitale.fr", "09-22 14:00",
         "Campus IA : le préfet signe le permis du site de Fouju",
         "Le chantier du campus de 1,4 GW doit démarrer début 2027 ; les travaux de terrassement sont déjà "
         "attribués."),
    ]),
    # ---------------------------------------------- Orange Business sovereign AI offer for SMEs with Mistral
    ("orange-mistral-pme", "fresh65", [
        ("lemondeinformatique.fr", "09-23 09:00",
         "L'opérateur historique lance une IA souveraine pour les PME",
         "Orange Business commercialise un assistant basé sur les modèles de Mistral AI, hébergé dans ses "
         "datacenters français, à 15 euros par utilisateur et par mois."),
    ]),
    # ---------------------------------------------- government updates "cloud au centre" doctrine
    ("doctrine-cloud-au-centre", "fresh65", [
        ("next.ink", "09-24 09:30",
         "Le gouvernement durcit sa doctrine « cloud au centre »",
         "Une nouvelle circulaire du Premier ministre impose aux administrations d'héberger leurs données "
         "sensibles dans un cloud qualifié SecNumCloud d'ici 2028, sans dérogation possible."),
        ("lemondeinformatique.fr", "09-24 12:00",
         "Cloud de l'État : Matignon publie une nouvelle circulaire",
         "Le texte remplace la circulaire de 2023 et supprime l'exception accordée aux projets déjà engagés "
         "chez des fournisseurs non qualifiés."),
        ("journaldunet.com", "09-25 08:00",
         "Circulaire cloud : ce qui change pour les ministères",
         "Calendrier, périmètre des données sensibles, sanctions : ce que prévoit le nouveau texte encadrant "
         "l'hébergement des systèmes d'information de l'État."),
    ]),
    # ---------------------------------------------- ransomware: Finistère département
    ("ransomware-finistere", "fresh65", [
        ("lemagit.fr", "09-28 10:00",
         "Le département du Finistère victime d'un rançongiciel",
         "Les services du conseil départemental fonctionnent en mode dégradé depuis dimanche ; le versement "
         "des aides sociales pourrait être retardé."),
        ("zdnet.fr", "09-28 15:20",
         "Cyberattaque : le Finistère coupe son réseau informatique",
         "Le département breton a isolé son système d'information après la détection d'un chiffrement de "
         "serveurs ; une plainte a été déposée."),
    ]),
    # ---------------------------------------------- Microsoft 365 business licences up 8-12 % on 1 January
    ("microsoft-365-price", "fresh65", [
        ("lemondeinformatique.fr", "09-29 10:00",
         "Microsoft 365 : les licences entreprises augmentent au 1er janvier",
         "Les offres E3 et E5 de Microsoft 365 prendront jusqu'à 12 % au début de l'année prochaine, une hausse "
         "justifiée par l'intégration de Copilot Chat."),
        ("zdnet.fr", "09-29 14:30",
         "Microsoft relève encore ses prix : au tour de la bureautique",
         "Après Azure cet été, l'éditeur augmente de 8 à 12 % le prix de ses licences professionnelles Microsoft "
         "365 à partir du 1er janvier 2027."),
    ]),
    # ---------------------------------------------- ransomware: Somme département, two days after Finistère
    ("ransomware-somme", "fresh65", [
        ("lemagit.fr", "09-30 09:15",
         "Rançongiciel : le département de la Somme touché à son tour",
         "Deux jours après le Finistère, le conseil départemental de la Somme a été frappé par une attaque qui "
         "a chiffré une partie de ses serveurs."),
        ("01net.com", "09-30 13:00",
         "Amiens : les services du département paralysés par des pirates",
         "Le conseil départemental de la Somme a basculé sur papier après une cyberattaque revendiquée par le "
         "groupe Qilin."),
    ]),
    # ---------------------------------------------- monthly cloud roundup, LMI, September
    ("lmi-cloud-september", "fresh65", [
        ("lemondeinformatique.fr", "09-30 17:00",
         "Cloud : les 10 actualités qui ont marqué septembre",
         "Qualification de Bleu, hausse des prix d'OVHcloud et de Scaleway, panne d'AWS, licences VMware : "
         "retour sur un mois chargé."),
    ]),
    # ---------------------------------------------- ANSSI consults on SecNumCloud 3.3
    ("anssi-secnumcloud-3-3", "fresh65", [
        ("next.ink", "10-01 10:00",
         "L'ANSSI met en consultation une nouvelle version de SecNumCloud",
         "La version 3.3 du référentiel renforce les exigences d'immunité aux lois extraterritoriales et encadre "
         "le recours aux sous-traitants hors UE ; les commentaires sont ouverts jusqu'au 30 novembre."),
        ("lemagit.fr", "10-01 14:45",
         "SecNumCloud 3.3 : ce que change le projet de l'ANSSI",
         "Sous-traitance, maintenance à distance, chiffrement : les principales évolutions du référentiel "
         "soumis à consultation par l'agence."),
    ]),
    # ---------------------------------------------- Altice signs the sale of SFR to Bouygues, Free and Orange
    ("sfr-sale-signed", "fresh65", [
        ("lesechos.fr", "10-02 06:00",
         "Altice signe la vente de SFR à Bouygues, Free et Orange",
         "Les trois opérateurs se partagent les clients, les fréquences et les infrastructures de SFR pour "
         "17 milliards d'euros, au terme de dix mois de négociations."),
        ("bfmtv.com", "10-02 09:30",
         "Rachat de SFR : l'accord est signé pour 17 milliards d'euros",
         "Patrick Drahi cède l'opérateur au carré rouge ; les abonnés seront répartis entre Bouygues Telecom, "
         "Free et Orange d'ici 2028."),
        ("latribune.fr", "10-02 12:15",
         "Télécoms : la France va revenir à trois opérateurs",
         "La signature du démantèlement de SFR referme douze ans de marché à quatre ; reste l'examen par les "
         "autorités de concurrence."),
    ]),
    # ---------------------------------------------- Digital Realty opens MRS5 in Marseille
    ("digital-realty-mrs5", "fresh65", [
        ("journaldunet.com", "10-05 09:00",
         "Digital Realty ouvre MRS5, son cinquième datacenter marseillais",
         "Installé dans une ancienne base de sous-marins, le site de 16 MW renforce le rôle de Marseille comme "
         "carrefour des câbles sous-marins."),
    ]),
    # ---------------------------------------------- AWS Paris zone power outage (first article vague)
    ("aws-paris-outage", "fresh65", [
        ("next.ink", "10-06 09:45",
         "AWS : des instances injoignables dans une zone de disponibilité",
         "Des clients d'Amazon Web Services signalent depuis 7 heures ce mardi des machines EC2 injoignables "
         "et des volumes EBS dégradés ; le fournisseur évoque un « problème d'alimentation »."),
        ("lemagit.fr", "10-06 12:30",
         "Région de Paris : une coupure électrique frappe AWS",
         "Une panne d'alimentation dans un datacenter de la région eu-west-3 a privé des clients français de "
         "leurs instances EC2 pendant quatre heures ce mardi matin."),
    ]),
    # ---------------------------------------------- Mistral Medium 4
    ("mistral-medium-4", "fresh65", [
        ("numerama.com", "10-06 15:00",
         "Mistral Medium 4 : le nouveau modèle de Mistral AI défie les américains",
         "La start-up parisienne publie un modèle multimodal de taille moyenne, disponible dans Le Chat et par "
         "API, qui revendique des performances proches des meilleurs modèles fermés."),
    ]),
    # ---------------------------------------------- Prime Day deals live post
    ("prime-day-deals", "fresh65", [
        ("frandroid.com", "10-06 06:30",
         "Prime Day : les meilleures offres tech en direct",
         "Smartphones, TV, aspirateurs robots : nous mettons à jour toute la journée la sélection des vraies "
         "bonnes affaires des Prime Big Deal Days."),
    ]),
    # ---------------------------------------------- Samsung preliminary Q3 estimate
    ("samsung-q3-preliminary", "fresh65", [
        ("lesechos.fr", "10-07 05:30",
         "Samsung prévoit un bénéfice trimestriel record grâce à la mémoire",
         "Selon ses estimations préliminaires, le géant sud-coréen a dégagé un bénéfice d'exploitation de "
         "14 000 milliards de wons au troisième trimestre, porté par la demande des datacenters."),
        ("01net.com", "10-07 09:00",
         "La flambée de la RAM profite à Samsung",
         "Le premier fabricant mondial de mémoire annonce un bénéfice d'exploitation préliminaire record, "
         "trois fois supérieur à celui de l'an dernier."),
    ]),
    # ---------------------------------------------- AWS European Sovereign Cloud region in France, 3 bn€
    ("aws-sovereign-france", "fresh65", [
        ("lesechos.fr", "10-08 06:00",
         "AWS va étendre son cloud souverain européen à la France",
         "Le numéro un mondial du cloud investira 3 milliards d'euros pour ouvrir en 2028 une région de l'AWS "
         "European Sovereign Cloud dans l'Hexagone, opérée par du personnel résidant dans l'UE."),
        ("lemondeinformatique.fr", "10-08 10:30",
         "AWS European Sovereign Cloud : une région française en 2028",
         "Après l'Allemagne, Amazon Web Services annonce une deuxième région pour son offre isolée du reste de "
         "son infrastructure mondiale."),
        ("latribune.fr", "10-08 13:15",
         "Cloud souverain : Amazon promet 3 milliards d'euros à la France",
         "Le géant américain veut rassurer les administrations et les industriels français, qui hésitent à lui "
         "confier leurs données sensibles."),
    ]),
    # ---------------------------------------------- Mistral Compute opens its Essonne data centre
    ("mistral-compute-opens", "fresh65", [
        ("usine-digitale.fr", "10-08 09:00",
         "Mistral Compute met en service son datacenter de l'Essonne",
         "La plateforme de calcul de Mistral AI démarre à Bruyères-le-Châtel avec 18 000 puces Nvidia Grace "
         "Blackwell, ouvertes aux entreprises et aux administrations européennes."),
        ("lemagit.fr", "10-08 11:00",
         "Mistral Compute : le cloud IA de Mistral ouvre ses portes",
         "Location de GPU, modèles hébergés et environnement isolé : l'offre de la start-up vise les clients "
         "qui veulent une alternative européenne aux hyperscalers."),
        ("lesechos.fr", "10-08 14:30",
         "La pépite française de l'IA devient hébergeur",
         "Avec 18 000 GPU installés en Essonne, la start-up d'Arthur Mensch vend désormais de la puissance de "
         "calcul, face à AWS et Microsoft."),
    ]),
    # ---------------------------------------------- Google Cloud France tax reassessment (scoop L'Informé)
    ("google-cloud-fisc", "fresh65", [
        ("linforme.com", "10-09 06:00",
         "Le fisc réclame 200 millions d'euros à la filiale cloud de Google",
         "Selon nos informations, la DGFiP a notifié à Google Cloud France un redressement portant sur la "
         "facturation de ses contrats depuis l'Irlande entre 2020 et 2024."),
        ("lefigaro.fr", "10-09 11:00",
         "Google Cloud visé par un redressement fiscal de 200 millions d'euros, selon L'Informé",
         "L'administration fiscale estime que les contrats signés avec les clients français relevaient d'un "
         "établissement stable en France."),
        ("zdnet.fr", "10-09 14:20",
         "Redressement fiscal : Google conteste les 200 M€ réclamés par Bercy",
         "Le groupe de Mountain View affirme respecter la législation fiscale et annonce un recours contre "
         "la notification révélée par L'Informé."),
    ]),
    # ---------------------------------------------- Free launches Freebox Pop 2
    ("freebox-pop-2-launch", "fresh65", [
        ("frandroid.com", "10-13 09:00",
         "Free lance la Freebox Pop 2 : Wi-Fi 7, prix et disponibilité",
         "L'opérateur de Xavier Niel renouvelle sa box la plus vendue, avec le Wi-Fi 7 et un débit de 8 Gbit/s, "
         "à 34,99 euros par mois."),
        ("01net.com", "10-13 10:30",
         "Freebox Pop 2 : tout ce qu'il faut savoir sur la nouvelle box de Free",
         "Nouveau répéteur, player Android TV, engagement : le détail de l'offre lancée ce mardi."),
        ("lesnumeriques.com", "10-13 16:00",
         "Prise en main de la Freebox Pop 2 : le Wi-Fi 7 pour (presque) tous",
         "Nous avons pu installer la nouvelle box de Free : un boîtier plus compact, une interface revue et des "
         "débits impressionnants en Wi-Fi."),
    ]),
    # ---------------------------------------------- NumSpot qualified SecNumCloud a month after Bleu
    ("numspot-secnumcloud", "fresh65", [
        ("lemagit.fr", "10-13 09:20",
         "NumSpot décroche à son tour la qualification SecNumCloud",
         "Le cloud souverain fondé par Docaposte, Dassault Systèmes, Bouygues Telecom et la Banque des "
         "Territoires obtient le visa de l'ANSSI pour ses services d'infrastructure."),
        ("silicon.fr", "10-13 15:00",
         "SecNumCloud : NumSpot rejoint le club des clouds qualifiés",
         "Un mois après Bleu, c'est au tour de la coentreprise de Docaposte d'être qualifiée par l'agence de "
         "cybersécurité."),
    ]),
    # ---------------------------------------------- Commission presents the Cloud and AI Development Act
    ("eu-cloud-ai-development-act", "fresh65", [
        ("lesechos.fr", "10-14 10:00",
         "Bruxelles veut tripler la capacité des datacenters européens",
         "La Commission européenne présente son Cloud and AI Development Act, qui doit accélérer les permis de "
         "construire des centres de données et réserver certains marchés publics aux clouds européens."),
        ("lemagit.fr", "10-14 13:00",
         "Cloud and AI Development Act : la Commission dévoile son texte",
         "Le projet de règlement prévoit une procédure d'autorisation accélérée pour les datacenters et une "
         "préférence européenne pour les usages critiques."),
        ("silicon.fr", "10-14 16:20",
         "CADA : ce que contient le règlement européen sur le cloud et l'IA",
         "Permis en moins d'un an, critères de souveraineté, efficacité énergétique : les principales mesures "
         "du texte présenté par Henna Virkkunen."),
        ("latribune.fr", "10-15 07:30",
         "Préférence européenne dans le cloud : le compromis de Bruxelles",
         "Le texte présenté mercredi ne ferme pas la porte aux hyperscalers américains, au grand dam des "
         "fournisseurs français."),
    ]),
    # ---------------------------------------------- OVHcloud annual results FY2026
    ("ovh-fy2026-results", "fresh65", [
        ("lesechos.fr", "10-15 17:45",
         "OVHcloud accélère et relève ses ambitions",
         "Le groupe roubaisien a réalisé 1,17 milliard d'euros de chiffre d'affaires sur son exercice clos fin "
         "août, en hausse de 8 %, et vise une croissance comparable l'an prochain."),
        ("lemondeinformatique.fr", "10-15 18:30",
         "Résultats annuels : OVHcloud porté par le cloud public",
         "Les revenus du cloud public progressent de 16 % sur l'exercice 2026 ; l'hébergeur affiche un chiffre "
         "d'affaires de 1,17 Md€."),
        ("zdnet.fr", "10-16 08:00",
         "Le champion français du cloud confirme sa rentabilité",
         "Un chiffre d'affaires de 1,17 milliard d'euros, une marge d'Ebitda ajustée de 40 % et un flux de "
         "trésorerie positif : l'hébergeur nordiste tient ses objectifs."),
        ("lemagit.fr", "10-16 09:30",
         "OVHcloud : ce qu'il faut retenir de l'exercice 2026",
         "Croissance, hausse des prix, investissements dans l'IA : les points clés de la publication annuelle "
         "de l'hébergeur."),
    ]),
    # ---------------------------------------------- Freebox Pop 2 update cuts the Wi-Fi (another event)
    ("freebox-pop-2-wifi-bug", "fresh65", [
        ("frandroid.com", "10-19 08:45",
         "Votre nouvelle Freebox coupe le Wi-Fi ? Free déploie un correctif",
         "Des abonnés récemment équipés voient leurs appareils se déconnecter toutes les heures ; l'opérateur "
         "reconnaît un problème logiciel."),
        ("numerama.com", "10-19 13:00",
         "Des abonnés Free privés de Wi-Fi après une mise à jour de leur box",
         "Le dernier firmware de la Freebox Pop 2 provoque des coupures du réseau sans fil ; Free promet une "
         "nouvelle version dans la journée."),
    ]),
    # ---------------------------------------------- RTE grid connection for the Fouju campus (another event)
    ("campus-ia-fouju-rte", "fresh65", [
        ("latribune.fr", "10-20 09:00",
         "RTE valide le raccordement électrique du campus IA de Fouju",
         "Le gestionnaire du réseau de transport d'électricité s'engage à fournir 1 GW dès 2029 au centre de "
         "données de Seine-et-Marne, via une nouvelle ligne à 400 000 volts."),
        ("lesechos.fr", "10-20 12:00",
         "Datacenters : RTE réserve un gigawatt pour le campus de Seine-et-Marne",
         "L'accord de raccordement signé avec les porteurs du projet sécurise l'alimentation du futur plus "
         "grand site d'IA d'Europe."),
    ]),
    # ---------------------------------------------- OVHcloud to build a 100 MW AI site at Gravelines
    ("ovh-gravelines-ai", "fresh65", [
        ("usine-digitale.fr", "10-21 09:00",
         "OVHcloud va bâtir un datacenter dédié à l'IA près de Dunkerque",
         "L'hébergeur investira 300 millions d'euros dans un site de 100 mégawatts à Gravelines, destiné à "
         "accueillir des grappes de GPU refroidies par eau."),
        ("lemagit.fr", "10-21 11:40",
         "Gravelines : OVHcloud prépare un site de 100 MW pour l'IA",
         "Le nouveau bâtiment, attendu fin 2027, sera le plus puissant du groupe et alimentera son offre "
         "d'inférence."),
    ]),
    # ---------------------------------------------- Leboncoin appeals its CNIL fine (another event)
    ("leboncoin-appeal", "fresh65", [
        ("next.ink", "10-22 09:30",
         "Leboncoin conteste son amende de 20 millions d'euros devant le Conseil d'État",
         "Le site de petites annonces a déposé un recours contre la sanction prononcée en août par la CNIL, "
         "qu'il juge disproportionnée."),
        ("lefigaro.fr", "10-22 14:00",
         "Cookies : Leboncoin fait appel de sa sanction",
         "La plateforme estime avoir corrigé son bandeau de consentement dès l'ouverture de la procédure."),
    ]),
    # ---------------------------------------------- STMicroelectronics Q3 results
    ("st-q3-results", "fresh65", [
        ("lesechos.fr", "10-22 06:15",
         "STMicroelectronics renoue avec la croissance au troisième trimestre",
         "Le fabricant franco-italien de semi-conducteurs affiche un chiffre d'affaires de 3,6 milliards de "
         "dollars, en hausse de 12 %, porté par l'automobile."),
    ]),
    # ---------------------------------------------- competition authority opens in-depth probe into SFR sale
    ("sfr-sale-probe", "fresh65", [
        ("lesechos.fr", "10-26 07:00",
         "Démantèlement de SFR : l'Autorité de la concurrence ouvre une enquête approfondie",
         "L'Autorité estime que la reprise des clients de SFR par les trois autres opérateurs soulève des "
         "doutes sérieux sur le marché mobile et ouvre une phase 2."),
    ]),
    # ---------------------------------------------- Cour des comptes report on the Health Data Hub
    ("hdh-cour-des-comptes", "fresh65", [
        ("lesechos.fr", "10-27 08:00",
         "La Cour des comptes étrille le Health Data Hub",
         "Dans un rapport publié mardi, les magistrats financiers jugent la plateforme des données de santé "
         "sous-utilisée et chiffrent à 40 millions d'euros le surcoût de sa sortie d'Azure."),
        ("next.ink", "10-27 11:00",
         "Health Data Hub : un rapport sévère de la Cour des comptes",
         "Gouvernance, coûts, usage : la Cour dresse un bilan critique de la plateforme et demande un "
         "calendrier ferme de migration."),
    ]),
    # ---------------------------------------------- Google Gemini 4
    ("gemini-4", "fresh65", [
        ("numerama.com", "10-27 17:30",
         "Gemini 4 : Google dégaine son nouveau modèle d'IA",
         "Le géant de Mountain View lance la quatrième génération de son modèle, disponible dès aujourd'hui "
         "dans l'application Gemini pour les abonnés payants."),
    ]),
    # ---------------------------------------------- Microsoft Q1 FY27 results
    ("microsoft-q1-fy27-results", "fresh65", [
        ("lesechos.fr", "10-28 21:30",
         "Microsoft porté par le cloud et l'IA au premier trimestre",
         "Le chiffre d'affaires d'Azure a bondi de 37 % sur le trimestre clos fin septembre, permettant au "
         "groupe de Redmond de dépasser les attentes des analystes."),
        ("lemondeinformatique.fr", "10-29 08:30",
         "Trimestriels : Azure croît de 37 %, Microsoft dépasse les attentes",
         "L'éditeur réalise 86 milliards de dollars de revenus sur son premier trimestre fiscal 2027, en hausse "
         "de 16 %."),
        ("zdnet.fr", "10-29 10:00",
         "Résultats de Microsoft : 40 milliards de dollars dépensés en datacenters en un trimestre",
         "Les investissements du groupe dans ses infrastructures atteignent un nouveau record, tirés par la "
         "demande en capacité pour l'IA."),
    ]),
    # ---------------------------------------------- Alphabet Q3 results, same evening (another event)
    ("alphabet-q3-results", "fresh65", [
        ("lesechos.fr", "10-28 21:45",
         "Alphabet : Google Cloud dépasse les 18 milliards de dollars de revenus trimestriels",
         "La division cloud du groupe affiche une croissance de 35 % au troisième trimestre et devient l'un des "
         "principaux moteurs de la maison mère de Google."),
        ("lemondeinformatique.fr", "10-29 09:00",
         "Trimestriels : Google Cloud croît de 35 %, Alphabet dépasse les attentes",
         "La maison mère de Google réalise 112 milliards de dollars de chiffre d'affaires au troisième "
         "trimestre, porté par la publicité et le cloud."),
    ]),
    # ---------------------------------------------- Amazon Q3 results, the next evening (another event)
    ("amazon-q3-results", "fresh65", [
        ("lesechos.fr", "10-29 21:30",
         "AWS accélère, Amazon rassure les investisseurs",
         "La filiale cloud du groupe a vu ses revenus progresser de 22 % au troisième trimestre, sa plus forte "
         "croissance depuis trois ans."),
        ("lemagit.fr", "10-30 08:15",
         "Trimestriels : AWS retrouve une croissance de 22 %",
         "Amazon Web Services réalise 36 milliards de dollars de chiffre d'affaires sur le trimestre et annonce "
         "des capacités supplémentaires pour ses puces Trainium."),
    ]),
    # ---------------------------------------------- Samsung final Q3 results (another event than the estimate)
    ("samsung-q3-final", "fresh65", [
        ("lesechos.fr", "10-29 06:00",
         "Samsung confirme un trimestre record et accélère sur la HBM4",
         "Le groupe publie ses comptes définitifs du troisième trimestre et annonce le doublement de ses "
         "capacités de production de mémoire à haute bande passante en 2027."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
