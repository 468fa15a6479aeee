"""The 86th fresh labelled set (telecoms and networks: operators, fibre, copper, 5G, Arcep, cables), held out.

Written by reading only, by a helper blind to the grouping code and its rules, for the "same
story" grouping (issue 12, "One story, one alert"), to be measured once.
Same format as `labelled.py`; every event's half is "fresh86".
Positives: titles sharing few words with the rest of their story ("Même le trublion des télécoms
augmente ses prix", "Soirée sans Internet pour des milliers de clients Bouygues", "Une page se tourne" as a quote);
events named by periphrasis in one article ("l'opérateur historique", "l'opérateur au carré rouge", "le
groupe de Xavier Niel", "la marque low cost"); syndication ("selon Les Echos", "selon L'Informé") and
an L'Informé scoop before the official news; explainers ("ce qui change", "ce qu'il faut faire");
post-mortems the next day (Orange fibre in Brittany, Orange mobile, Bouygues fixed network); a
claim on a cybercrime forum the day after the Bouygues Telecom leak; a launch-day box and its hands-on test the
next day; a Wi-Fi bug and its fix the next day.
Hard negatives: two Orange outages two weeks apart (fibre in Brittany, national mobile), a Freebox
outage in Île-de-France and a Free Mobile outage in Occitanie twelve days apart, a Bouygues fixed
outage; Orange results, then a departures plan, then a strike; Nokia results (the same day as Orange's)
then Nokia job cuts in France five days later; Bouygues, Iliad and Altice France results
on different days; the SFR sale agreement, the competition authority's in-depth review six weeks later,
an SFR strike, and Iliad's bond issue citing SFR; CNIL fine on SFR then SFR's appeal six weeks later;
Arcep notice to XpFibre then XpFibre's appeal; Orange's copper closure list, mayors protesting the
copper switch-off, state aid for fibre connections, and an Arcep fine on Orange for copper upkeep;
Orange starting its 2G switch-off and Bouygues dating its 3G switch-off; SFR then Bouygues 5G SA two
weeks apart, and an Ericsson core-network deal with Bouygues; Free's and B&You's new plans the same
day; SFR then Bouygues box price rises two days apart, then a consumer group's complaint about them;
Free's price rise; RED by SFR promotions a month apart; Freebox Pop 2 launch then its Wi-Fi bug a week
later; two Baltic cable cuts two weeks apart, a cable landing in Marseille and a transatlantic cable
contract; fibre sabotage in the Gard then near Meaux, and a relay-mast arson in Isère; Orange's Totem
stake sale, MasOrange buyout and new cable ship; monthly ANFR 5G observatories (April, May), monthly
Netflix ISP rankings (March, April, May), Arcep's quarterly fibre observatory and its yearly mobile
survey; weekly deals posts and weekly telecom roundups that recur (never to join across weeks).
`build` fixes the year 2026; times are UTC, April to June 2026.

Measured once in stop 30 on 09c9d91, before any rule was written from it: precision 0.963, recall 0.916
(0.949 / 0.916 on 6ee4152, the code that landed at stop 29).
"""
from __future__ import annotations


from tests.stories.labelled import ALIASES, Labelled, build

# (event, half, [(site, "MM-DD HH:MM", title, lead), ...])
EVENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    # ---------------------------------------------- Orange starts switching off 2G in Hauts-de-France
    ("orange-2g-switch-off-start", "fresh86", [
        ("frandroid.com", "04-01 07:45", "Orange commence à éteindre la 2G : voici les premières régions concernées",
         "Depuis ce mercredi, Orange désactive ses antennes 2G dans le Nord et le Pas-de-Calais, première étape d'un arrêt national prévu d'ici fin 2026."),
        ("clubic.com", "04-01 10:20", "Fin de la 2G : l'opérateur historique débranche ses premières antennes",
         "Orange a lancé l'extinction de son réseau 2G dans les Hauts-de-France ; les téléphones et les alarmes qui n'utilisent que cette technologie n'y fonctionneront plus."),
        ("01net.com", "04-01 13:05", "Votre vieux téléphone ou votre alarme fonctionne en 2G ? Voici ce qui change",
         "Orange a entamé mercredi l'arrêt de la 2G dans le Nord et le Pas-de-Calais. Ascenseurs, alarmes, téléassistance : les équipements concernés et comment les remplacer."),
    ]),
    # ---------------------------------------------- Free Mobile's new limited "Série Free" plan
    ("free-serie-free-230go", "fresh86", [
        ("frandroid.com", "04-02 07:30", "Free dégaine une nouvelle Série Free : 230 Go en 5G pour 10,99 €",
         "Free Mobile relance son offre en série limitée : 230 Go de data en 5G, appels et SMS illimités pour 10,99 € par mois, sans hausse de prix au bout d'un an."),
        ("lesnumeriques.com", "04-02 09:15", "Série Free : le forfait 5G de Free Mobile à 10,99 € est de retour",
         "L'opérateur de Xavier Niel propose jusqu'au 9 avril un forfait de 230 Go utilisable en 5G, à 10,99 € par mois et sans engagement."),
        ("clubic.com", "04-02 11:40", "Forfait mobile : Free frappe fort avec 230 Go à moins de 11 euros",
         "La nouvelle série limitée de Free Mobile offre 230 Go de data 5G pour 10,99 € mensuels, un tarif garanti dans le temps."),
    ]),
    # ---------------------------------------------- B&You's new plan, the same day as Free's
    ("byou-200go-plan", "fresh86", [
        ("frandroid.com", "04-02 12:10", "B&You réplique avec un forfait 5G de 200 Go à 11,99 €",
         "Quelques heures après Free, la marque à bas prix de Bouygues Telecom lance un forfait 200 Go en 5G à 11,99 € par mois, sans engagement."),
        ("01net.com", "04-02 15:30", "Bouygues Telecom : B&You passe à 200 Go pour 11,99 € par mois",
         "La filiale low cost de Bouygues Telecom muscle son forfait phare : 200 Go de data 5G, appels et SMS illimités, pour 11,99 € mensuels."),
    ]),
    # ---------------------------------------------- ANFR monthly 5G observatory, 1 April
    ("anfr-observatory-april", "fresh86", [
        ("frandroid.com", "04-06 08:30", "5G : Free reste en tête avec plus de 22 000 sites, selon l'ANFR",
         "Au 1er avril, l'ANFR recense 62 480 sites 5G autorisés en France ; Free Mobile en compte 22 140, devant Bouygues Telecom, Orange et SFR."),
        ("clubic.com", "04-06 11:00", "Observatoire de l'ANFR : 62 480 sites 5G autorisés au 1er avril",
         "L'Agence nationale des fréquences a publié son bilan mensuel : le nombre de sites 5G autorisés progresse de 1 % en mars, porté par Orange et Bouygues Telecom."),
    ]),
    # ---------------------------------------------- Orange fibre outage in western Brittany (cable cut near Morlaix)
    ("orange-fibre-outage-brittany", "fresh86", [
        ("bfmtv.com", "04-07 09:10", "Panne Orange : des dizaines de milliers de foyers bretons privés d'Internet",
         "Depuis lundi soir, environ 80 000 clients fibre d'Orange dans le Finistère et les Côtes-d'Armor n'ont plus accès à Internet ni à la télévision."),
        ("01net.com", "04-07 10:35", "Orange : une panne de fibre géante touche la Bretagne",
         "L'opérateur confirme un incident sur son réseau de collecte dans l'ouest de la Bretagne ; quelque 80 000 abonnés sont concernés."),
        ("numerama.com", "04-07 14:00", "Pourquoi Internet ne marche plus chez une partie des abonnés Orange en Bretagne",
         "Un câble de fibre optique a été sectionné près de Morlaix lors de travaux, coupant la connexion de 80 000 clients d'Orange dans le Finistère et les Côtes-d'Armor."),
        ("lemondeinformatique.fr", "04-08 08:20", "Panne en Bretagne : Orange a rétabli le service après 20 heures de coupure",
         "Les équipes d'Orange ont réparé dans la nuit le câble de collecte arraché par une pelleteuse près de Morlaix ; l'opérateur promet un geste commercial aux 80 000 clients touchés."),
    ]),
    # ---------------------------------------------- CNIL fines SFR 15 M EUR over the 2024 leak
    ("cnil-fine-sfr", "fresh86", [
        ("lemondeinformatique.fr", "04-08 10:00", "La Cnil inflige 15 M€ d'amende à SFR",
         "La formation restreinte de la Cnil sanctionne l'opérateur pour des manquements à la sécurité des données, après la fuite ayant touché des millions d'abonnés fin 2024."),
        ("next.ink", "04-08 11:30", "Fuite de données : SFR écope de 15 millions d'euros de sanction",
         "La Cnil reproche à SFR d'avoir insuffisamment protégé les accès de ses prestataires, par lesquels un pirate a dérobé les données de millions de clients en 2024."),
        ("zdnet.fr", "04-08 15:10", "Sécurité des données : la Cnil frappe l'opérateur au carré rouge au portefeuille",
         "15 millions d'euros : c'est le montant de l'amende prononcée par la Cnil contre SFR pour la fuite massive de données clients de 2024."),
    ]),
    # ---------------------------------------------- Orange's list of communes for the 2028 copper closure
    ("orange-copper-closure-2028-list", "fresh86", [
        ("linforme.com", "04-09 06:15", "Cuivre : le calendrier d'Orange pour 2028",
         "Selon nos informations, Orange s'apprête à annoncer la fermeture technique du réseau cuivre dans près de 4 200 communes au 31 janvier 2028."),
        ("lesnumeriques.com", "04-09 08:00", "Fin de l'ADSL : Orange dévoile la liste des 4 200 communes coupées en 2028",
         "L'opérateur a publié la liste des communes où l'ADSL et le téléphone fixe sur cuivre cesseront de fonctionner le 31 janvier 2028 ; environ 2,9 millions de lignes sont concernées."),
        ("next.ink", "04-09 10:30", "Fermeture du cuivre : 4 200 communes de plus au calendrier",
         "Orange a notifié à l'Arcep le lot de communes où le réseau cuivre sera techniquement fermé le 31 janvier 2028, soit quelque 2,9 millions de lignes."),
        ("01net.com", "04-10 09:00", "ADSL coupé en 2028 dans votre commune ? Ce qui change pour les abonnés",
         "Orange a publié la liste des 4 200 communes où le cuivre s'éteindra le 31 janvier 2028. Délais, fibre, solutions de repli : ce que doivent faire les abonnés ADSL et téléphone fixe."),
    ]),
    # ---------------------------------------------- single: Starlink subscribers in France
    ("starlink-france-200k", "fresh86", [
        ("numerama.com", "04-10 07:40", "Starlink revendique 200 000 abonnés en France",
         "Le service d'Internet par satellite de SpaceX a doublé sa base d'abonnés français en un an, porté par les zones rurales privées de fibre et la fin de l'ADSL."),
    ]),
    # ---------------------------------------------- single: weekly deals post, week 15
    ("lesnum-forfaits-week15", "fresh86", [
        ("lesnumeriques.com", "04-10 16:00", "Les meilleurs forfaits mobiles de la semaine",
         "B&You 200 Go à 11,99 €, Prixtel et Cdiscount Mobile : notre sélection des forfaits sans engagement les plus intéressants cette semaine."),
    ]),
    # ---------------------------------------------- Medusa submarine cable lands in Marseille
    ("medusa-cable-marseille", "fresh86", [
        ("lemagit.fr", "04-13 09:00", "Le câble sous-marin Medusa atterrit à Marseille",
         "Le câble de 8 700 km qui reliera l'Europe du Sud à l'Afrique du Nord a été tiré sur la plage du Prado ; sa mise en service est prévue fin 2026."),
        ("usine-digitale.fr", "04-13 14:20", "Marseille accueille un nouveau câble sous-marin vers l'Afrique du Nord",
         "Medusa, câble de 8 700 kilomètres opéré par AFR-IX Telecom, vient d'être raccordé à Marseille, qui compte désormais 19 câbles sous-marins."),
    ]),
    # ---------------------------------------------- Altice enters exclusive talks to sell SFR to Bouygues, Iliad and Orange
    ("altice-accepts-sfr-offer", "fresh86", [
        ("lesechos.fr", "04-14 05:45", "SFR : Altice entre en négociations exclusives avec Bouygues, Iliad et Orange",
         "Patrick Drahi a accepté l'offre révisée de 19,5 milliards d'euros des trois opérateurs pour le démantèlement de SFR, selon nos informations."),
        ("bfmtv.com", "04-14 08:10", "Vente de SFR : Patrick Drahi dit oui à Bouygues, Free et Orange",
         "Altice a accepté d'entrer en négociations exclusives avec les trois opérateurs, qui proposent 19,5 milliards d'euros pour se partager les activités de SFR, selon Les Echos."),
        ("latribune.fr", "04-14 09:30", "Le marché français du mobile va revenir à trois opérateurs",
         "L'accord entre Altice et le trio Bouygues Telecom-Iliad-Orange, sur la base de 19,5 milliards d'euros, ouvre la voie à une consolidation inédite depuis l'arrivée de Free Mobile en 2012."),
        ("frandroid.com", "04-14 11:00", "Fin de SFR : ce qui va changer pour les abonnés",
         "Altice a accepté l'offre de Bouygues Telecom, Free et Orange. Clients mobiles, box et RED by SFR seraient répartis entre les trois opérateurs : voici ce que l'on sait."),
        ("journaldunet.com", "04-14 16:00", "« Une page se tourne » : le carré rouge va disparaître du paysage",
         "Avec l'entrée en négociations exclusives pour un montant de 19,5 milliards d'euros, SFR sera découpé entre ses trois concurrents d'ici 2027, sous réserve du feu vert des autorités."),
    ]),
    # ---------------------------------------------- Netflix ISP Speed Index, March ranking
    ("netflix-isp-index-march", "fresh86", [
        ("frandroid.com", "04-15 09:00", "Netflix : Free reste le FAI le plus rapide en mars",
         "Selon le classement mensuel de Netflix, la Freebox offre un débit moyen de 4,9 Mb/s sur la plateforme, devant Bouygues Telecom (4,8 Mb/s), Orange et SFR."),
        ("clubic.com", "04-15 13:00", "Classement Netflix de mars : Free toujours en tête des FAI",
         "Free conserve la première place du Netflix ISP Speed Index pour le mois de mars avec 4,9 Mb/s ; SFR ferme la marche à 4,4 Mb/s."),
    ]),
    # ---------------------------------------------- Arcep formal notice to XpFibre on network quality
    ("arcep-notice-xpfibre", "fresh86", [
        ("next.ink", "04-16 10:00", "Fibre : l'Arcep met en demeure XpFibre sur la qualité de son réseau",
         "Armoires saccagées, raccordements défaillants : l'Arcep donne jusqu'à fin 2026 à XpFibre pour remettre en état son réseau dans les zones moins denses."),
        ("lesnumeriques.com", "04-16 12:30", "« Plats de nouilles » : XpFibre sommé par l'Arcep de réparer ses armoires",
         "Le régulateur des télécoms a mis en demeure l'opérateur d'infrastructure XpFibre, qui devra rénover plusieurs milliers de points de mutualisation d'ici le 31 décembre."),
        ("lemagit.fr", "04-16 15:00", "XpFibre mis en demeure par le gendarme des télécoms",
         "L'Arcep constate des taux de pannes anormalement élevés sur le réseau de XpFibre et lui impose un plan de reprise de ses points de mutualisation."),
    ]),
    # ---------------------------------------------- single: Coriolis buys a B2B operator
    ("coriolis-buys-b2b-operator", "fresh86", [
        ("channelnews.fr", "04-17 08:30", "Coriolis Telecom met la main sur un opérateur pour PME",
         "Coriolis Telecom rachète le lyonnais Net Plus Telecom, 45 salariés et 6 000 clients professionnels, pour renforcer son offre de fibre et de téléphonie d'entreprise."),
    ]),
    # ---------------------------------------------- single: weekly deals post, week 16
    ("lesnum-forfaits-week16", "fresh86", [
        ("lesnumeriques.com", "04-17 16:00", "Les meilleurs forfaits mobiles de la semaine",
         "RED by SFR, YouPrice et Syma Mobile : les offres à ne pas manquer cette semaine, de 5 Go à 200 Go."),
    ]),
    # ---------------------------------------------- single: weekly telecom roundup, week 16
    ("01net-telecom-week16", "fresh86", [
        ("01net.com", "04-18 08:00", "La semaine télécom : SFR, XpFibre et Medusa",
         "L'accord pour la vente de SFR, la mise en demeure de XpFibre par l'Arcep et l'arrivée du câble Medusa à Marseille : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- SFR launches 5G SA for consumers
    ("sfr-5g-sa-launch", "fresh86", [
        ("frandroid.com", "04-20 07:30", "SFR active la 5G SA pour le grand public",
         "SFR ouvre la 5G « stand alone » à ses abonnés 5G sans surcoût, avec une latence réduite ; seuls certains Samsung Galaxy et Google Pixel sont compatibles pour l'instant."),
        ("01net.com", "04-20 10:10", "La vraie 5G arrive chez SFR : quels smartphones sont compatibles ?",
         "SFR déploie la 5G SA, version autonome de la 5G, pour tous ses clients 5G des forfaits SFR et RED ; la liste des smartphones compatibles reste courte."),
        ("zdnet.fr", "04-20 13:50", "5G autonome : SFR rattrape Orange",
         "Après Orange et son offre 5G+, SFR généralise à son tour la 5G stand alone auprès des particuliers, sans supplément de prix."),
    ]),
    # ---------------------------------------------- Orange national mobile outage (calls, SMS, emergency numbers)
    ("orange-mobile-outage-april", "fresh86", [
        ("bfmtv.com", "04-21 17:40", "Panne géante chez Orange : impossible d'appeler dans toute la France",
         "Depuis 19 heures, de nombreux clients mobiles d'Orange ne peuvent plus passer ni recevoir d'appels ; les numéros d'urgence sont également touchés."),
        ("01net.com", "04-21 18:30", "Orange en panne : les appels et SMS ne passent plus",
         "Une panne d'ampleur nationale affecte le réseau mobile d'Orange ce mardi soir ; les données mobiles fonctionnent encore par endroits."),
        ("numerama.com", "04-21 20:15", "Panne Orange : que faire si vous devez appeler les secours ?",
         "Pendant la panne du réseau mobile d'Orange, pompiers et Samu recommandent d'utiliser un téléphone fixe ou le portable d'un proche abonné chez un autre opérateur."),
        ("frandroid.com", "04-21 22:50", "Orange annonce le rétablissement de son réseau mobile après cinq heures de panne",
         "Le trafic voix et SMS revient progressivement à la normale ; l'opérateur évoque un problème logiciel sur des équipements de cœur de réseau."),
        ("lemondeinformatique.fr", "04-22 09:30", "Panne d'Orange : une mise à jour logicielle en cause",
         "L'opérateur historique attribue la coupure de mardi soir, qui a duré près de cinq heures, à une mise à jour défaillante de ses serveurs de gestion des abonnés ; le gouvernement demande un rapport sous huit jours."),
    ]),
    # ---------------------------------------------- RED by SFR promotion, April (130 Go)
    ("red-sfr-promo-april", "fresh86", [
        ("frandroid.com", "04-22 09:00", "RED by SFR relance son forfait 130 Go à 7,99 € par mois",
         "La série spéciale de RED by SFR revient jusqu'au 28 avril : 130 Go en 5G, appels et SMS illimités, sans engagement et sans hausse après un an."),
        ("lesnumeriques.com", "04-22 13:30", "Bon plan forfait : 130 Go pour moins de 8 € chez RED by SFR",
         "La marque sans engagement de SFR propose un forfait mobile de 130 Go à 7,99 € mensuels, à souscrire avant le 28 avril."),
    ]),
    # ---------------------------------------------- Orange Q1 results
    ("orange-q1-results", "fresh86", [
        ("lesechos.fr", "04-23 06:00", "Orange : le chiffre d'affaires progresse de 1,2 % au premier trimestre",
         "L'opérateur historique affiche 10,1 milliards d'euros de revenus, porté par l'Afrique et le Moyen-Orient, tandis que la France recule légèrement."),
        ("latribune.fr", "04-23 08:45", "L'Afrique tire encore les revenus d'Orange",
         "Au premier trimestre, Orange Afrique et Moyen-Orient progresse de 10 %, compensant la baisse de 0,8 % du chiffre d'affaires en France ; le groupe confirme ses objectifs 2026."),
        ("zdnet.fr", "04-23 12:00", "Résultats d'Orange : 10,1 milliards d'euros de chiffre d'affaires trimestriel",
         "Christel Heydemann confirme les objectifs annuels malgré une concurrence toujours vive en France sur le mobile et la fibre."),
    ]),
    # ---------------------------------------------- Nokia Q1 results (same day as Orange's)
    ("nokia-q1-results", "fresh86", [
        ("lemondeinformatique.fr", "04-23 11:00", "Nokia : les ventes d'équipements de réseau mobile reculent encore",
         "L'équipementier finlandais publie un chiffre d'affaires trimestriel de 4,4 milliards d'euros, en baisse de 3 %, plombé par les réseaux mobiles."),
        ("usine-digitale.fr", "04-23 15:40", "Nokia déçoit au premier trimestre, sauf dans les datacenters",
         "Le chiffre d'affaires de Nokia recule de 3 % à 4,4 milliards d'euros ; seule la division infrastructures réseau, portée par l'IA, progresse."),
    ]),
    # ---------------------------------------------- Bouygues Telecom customer data leak, claimed the next day
    ("bouygues-telecom-data-leak", "fresh86", [
        ("zdnet.fr", "04-24 09:30", "Bouygues Telecom alerte ses clients d'une fuite de données",
         "L'opérateur a détecté un accès non autorisé à un outil de gestion client ; noms, numéros et adresses de 1,2 million d'abonnés ont été exposés, mais pas les mots de passe."),
        ("01net.com", "04-24 11:15", "Fuite chez Bouygues Telecom : 1,2 million de clients concernés, voici ce qu'il faut faire",
         "Coordonnées, numéros de contrat et, pour une partie des abonnés, IBAN : Bouygues Telecom reconnaît une cyberattaque et recommande de se méfier des appels frauduleux."),
        ("numerama.com", "04-24 14:40", "Cyberattaque contre Bouygues Telecom : des IBAN dans la nature",
         "Bouygues Telecom a confirmé le vol de données de 1,2 million de clients, dont des coordonnées bancaires, via un compte de prestataire compromis."),
        ("lemagit.fr", "04-25 10:20", "Le piratage de Bouygues Telecom revendiqué sur un forum cybercriminel",
         "Un acteur malveillant se présentant sous le pseudonyme « nearfall » met en vente les données de 1,2 million de clients de Bouygues Telecom, au lendemain de l'annonce de l'opérateur."),
    ]),
    # ---------------------------------------------- single: weekly deals post, week 17
    ("lesnum-forfaits-week17", "fresh86", [
        ("lesnumeriques.com", "04-24 16:00", "Les meilleurs forfaits mobiles de la semaine",
         "Le forfait 130 Go de RED by SFR à 7,99 € mène notre sélection hebdomadaire, devant NRJ Mobile et Auchan Telecom."),
    ]),
    # ---------------------------------------------- single: weekly telecom roundup, week 17
    ("01net-telecom-week17", "fresh86", [
        ("01net.com", "04-25 08:00", "La semaine télécom : panne d'Orange, fuite chez Bouygues et 5G SA",
         "La panne nationale du réseau mobile d'Orange, la fuite de données chez Bouygues Telecom et la 5G SA de SFR : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- State fund for complex fibre connections
    ("state-aid-complex-fibre-connections", "fresh86", [
        ("lesechos.fr", "04-27 06:45", "Fibre : une rallonge de 200 millions pour les raccordements difficiles",
         "La ministre chargée du Numérique annonce une enveloppe de 200 millions d'euros pour financer les raccordements longs et coûteux, surtout en zone rurale."),
        ("next.ink", "04-27 09:00", "Raccordements fibre complexes : l'État débloque 200 millions d'euros",
         "Le gouvernement étend le fonds de soutien aux raccordements complexes à la fibre, pour les maisons dont la gaine est bouchée ou aérienne, à l'approche de la fin du cuivre."),
        ("lesnumeriques.com", "04-27 14:10", "Votre maison n'est pas raccordable à la fibre ? L'État peut désormais payer une partie des travaux",
         "Jusqu'à 1 200 € d'aide pour les particuliers dont le raccordement à la fibre exige des travaux de génie civil sur le domaine privé, financés par une enveloppe de 200 M€."),
    ]),
    # ---------------------------------------------- Nokia job cuts in France
    ("nokia-france-job-cuts", "fresh86", [
        ("lesechos.fr", "04-28 06:30", "Nokia va supprimer 420 postes en France",
         "L'équipementier finlandais présente aux syndicats un nouveau plan social visant ses sites de Nozay et de Lannion, cinq jours après des résultats décevants."),
        ("usine-digitale.fr", "04-28 10:00", "Nouveau plan social chez Nokia France : 420 emplois menacés",
         "Nokia France engage un plan de sauvegarde de l'emploi qui touchera principalement la R&D mobile à Nozay et à Lannion."),
        ("lemondeinformatique.fr", "04-28 14:30", "Nokia taille encore dans ses effectifs français",
         "Plus de 400 postes, surtout dans la R&D de Nozay (Essonne) et de Lannion (Côtes-d'Armor), sont visés par le plan annoncé mardi."),
    ]),
    # ---------------------------------------------- SFR box price rise
    ("sfr-box-price-rise", "fresh86", [
        ("frandroid.com", "04-28 08:20", "SFR augmente le prix de ses box de 3 euros par mois",
         "À partir du 1er juin, les abonnés aux box SFR Fibre et ADSL paieront 3 € de plus chaque mois, en échange de « services enrichis » que l'opérateur n'a pas détaillés."),
        ("01net.com", "04-28 11:40", "Hausse de prix : la facture de la box SFR va grimper",
         "SFR prévient ses clients fixe d'une augmentation de 3 € mensuels dès juin ; ceux qui refusent peuvent résilier sans frais pendant quatre mois."),
        ("clubic.com", "04-28 15:50", "Box SFR : jusqu'à 36 euros de plus par an",
         "L'opérateur au carré rouge relève de 3 € le tarif mensuel de la plupart de ses offres Internet, une hausse qui s'appliquera à partir du 1er juin."),
    ]),
    # ---------------------------------------------- Bouygues Telecom Q1 results
    ("bouygues-telecom-q1-results", "fresh86", [
        ("lesechos.fr", "04-29 06:15", "Bouygues Telecom porté par le fixe au premier trimestre",
         "La filiale télécoms du groupe Bouygues voit son chiffre d'affaires progresser de 2 %, à 1,9 milliard d'euros, et gagne 92 000 abonnés fibre."),
        ("latribune.fr", "04-29 10:30", "Bouygues Telecom résiste grâce à la fibre",
         "Chiffre d'affaires en hausse de 2 %, 92 000 nouveaux clients fibre : l'opérateur tient le cap au premier trimestre malgré la guerre des prix dans le mobile."),
    ]),
    # ---------------------------------------------- single: relay mast set on fire in Isère
    ("isere-relay-mast-arson", "fresh86", [
        ("bfmtv.com", "04-29 07:50", "Isère : une antenne-relais incendiée, 6 000 habitants privés de réseau mobile",
         "Un pylône partagé par Orange, SFR et Bouygues Telecom a été incendié dans la nuit à Voreppe ; les gendarmes privilégient la piste criminelle."),
    ]),
    # ---------------------------------------------- Bouygues Telecom Bbox price rise, two days after SFR's
    ("bouygues-bbox-price-rise", "fresh86", [
        ("frandroid.com", "04-30 08:10", "Après SFR, Bouygues Telecom augmente à son tour le prix de ses Bbox",
         "Les abonnés Bbox paieront de 2 à 4 € de plus par mois à partir du 15 juin, selon l'offre, a annoncé Bouygues Telecom jeudi."),
        ("lesnumeriques.com", "04-30 12:00", "Bbox : Bouygues Telecom relève ses tarifs de 2 à 4 € par mois",
         "Deux jours après SFR, Bouygues Telecom annonce une hausse de prix pour ses clients box, qui peuvent résilier sans frais jusqu'à quatre mois après son entrée en vigueur."),
    ]),
    # ---------------------------------------------- Freebox outage in Île-de-France
    ("freebox-outage-idf", "fresh86", [
        ("01net.com", "05-03 08:30", "Panne Free : des abonnés Freebox privés d'Internet en Île-de-France",
         "Depuis dimanche matin, de nombreux clients Freebox de Paris et de la petite couronne signalent une coupure d'Internet et de la télévision."),
        ("frandroid.com", "05-03 10:00", "Free confirme une panne de ses box à Paris et en proche banlieue",
         "L'opérateur évoque un incident sur un équipement de son réseau de collecte en Île-de-France, sans donner le nombre d'abonnés touchés."),
        ("numerama.com", "05-03 13:20", "Freebox en panne ce dimanche : Free annonce un retour progressif",
         "Après près de six heures de coupure pour une partie de ses abonnés franciliens, Free indique que le service est en cours de rétablissement."),
    ]),
    # ---------------------------------------------- Bouygues Telecom launches 5G SA, two weeks after SFR
    ("bouygues-5g-sa-launch", "fresh86", [
        ("frandroid.com", "05-04 08:00", "Bouygues Telecom lance à son tour la 5G SA, incluse dans ses forfaits",
         "Deux semaines après SFR, Bouygues Telecom active la 5G stand alone pour les clients de ses forfaits Sensation et B&You, sur iPhone et Galaxy récents."),
        ("clubic.com", "05-04 12:15", "5G stand alone : Bouygues Telecom rejoint Orange et SFR",
         "L'opérateur active la 5G SA dans 500 villes pour ses abonnés 5G, sans option payante, avec une latence promise inférieure à 10 ms."),
    ]),
    # ---------------------------------------------- single: UFC-Que Choisir complains about box price rises
    ("ufc-complaint-box-price-rises", "fresh86", [
        ("lefigaro.fr", "05-04 10:30", "Hausses des prix des box : l'UFC-Que Choisir saisit la DGCCRF",
         "L'association de consommateurs dénonce les augmentations imposées par SFR et Bouygues Telecom à leurs abonnés box et demande une enquête sur des clauses jugées abusives."),
    ]),
    # ---------------------------------------------- ANFR monthly 5G observatory, 1 May
    ("anfr-observatory-may", "fresh86", [
        ("frandroid.com", "05-05 08:30", "5G : 63 110 sites autorisés au 1er mai, Orange accélère",
         "Selon l'observatoire mensuel de l'ANFR, la France compte 63 110 sites 5G autorisés au 1er mai ; Orange en a ajouté 310 en avril, plus que ses concurrents."),
        ("lesnumeriques.com", "05-05 12:45", "Déploiement de la 5G : le point de l'ANFR pour le mois d'avril",
         "L'Agence nationale des fréquences dénombre 63 110 sites 5G autorisés au 1er mai, dont 22 260 chez Free Mobile, toujours premier opérateur en nombre d'antennes."),
    ]),
    # ---------------------------------------------- Orange completes the MasOrange buyout
    ("orange-masorange-buyout", "fresh86", [
        ("lesechos.fr", "05-05 07:00", "Orange prend le contrôle total de MasOrange",
         "L'opérateur finalise le rachat des 50 % détenus par les fonds dans sa coentreprise espagnole, pour 4,25 milliards d'euros."),
        ("latribune.fr", "05-05 09:45", "Espagne : Orange boucle le rachat de MasOrange pour 4,25 milliards",
         "Après le feu vert des autorités espagnoles, l'opérateur historique devient l'unique actionnaire du numéro un espagnol des télécoms."),
        ("lemondeinformatique.fr", "05-05 14:00", "MasOrange passe à 100 % sous pavillon Orange",
         "Orange a finalisé mardi le rachat de la moitié du capital de MasOrange qu'il ne détenait pas, un investissement de 4,25 Md€ destiné à renforcer le groupe en Europe."),
    ]),
    # ---------------------------------------------- single: Haute-Loire mayors protest the copper switch-off
    ("haute-loire-mayors-copper-protest", "fresh86", [
        ("lefigaro.fr", "05-05 16:20", "« On nous coupe le téléphone sans nous donner la fibre » : des maires de Haute-Loire en colère",
         "Une trentaine d'élus de Haute-Loire demandent un moratoire sur la fermeture du réseau cuivre d'Orange, programmée en 2027 dans des villages encore non raccordés à la fibre."),
    ]),
    # ---------------------------------------------- Arcep consultation on the 26 GHz band
    ("arcep-26ghz-consultation", "fresh86", [
        ("next.ink", "05-07 10:00", "5G millimétrique : l'Arcep relance le chantier de la bande 26 GHz",
         "Le régulateur ouvre une consultation publique sur l'attribution de la bande 26 GHz, qui pourrait être proposée d'abord aux entreprises et aux industriels plutôt qu'aux opérateurs nationaux."),
        ("lemagit.fr", "05-07 14:30", "Bande 26 GHz : l'Arcep consulte sur des licences locales pour l'industrie",
         "L'Arcep envisage d'attribuer des fréquences 5G millimétriques par zone, pour des réseaux privés d'usines, de ports et d'aéroports ; les contributions sont attendues jusqu'au 30 juin."),
    ]),
    # ---------------------------------------------- single: Free Mobile eSIM for Apple Watch
    ("free-mobile-esim-apple-watch", "fresh86", [
        ("frandroid.com", "05-08 09:00", "Free Mobile active enfin l'eSIM sur Apple Watch",
         "Les abonnés Free Mobile peuvent désormais utiliser leur Apple Watch cellulaire sans iPhone à proximité, moyennant une option à 5 € par mois."),
    ]),
    # ---------------------------------------------- Latvia-Gotland submarine cable damaged in the Baltic
    ("baltic-cable-latvia-gotland", "fresh86", [
        ("lemondeinformatique.fr", "05-11 09:00", "Un câble sous-marin endommagé en mer Baltique entre la Suède et la Lettonie",
         "L'opérateur letton LVRTC signale une rupture de son câble reliant Ventspils à l'île suédoise de Gotland ; un navire suspect a été arraisonné."),
        ("numerama.com", "05-11 12:00", "Mer Baltique : un câble sous-marin sectionné, l'OTAN sur le qui-vive",
         "Le câble entre la Lettonie et Gotland a été endommagé dans la nuit ; les garde-côtes suédois ont intercepté un cargo qui aurait traîné son ancre."),
        ("01net.com", "05-11 16:30", "Câble coupé en Baltique : la piste du sabotage privilégiée",
         "La Suède a ouvert une enquête pour sabotage après l'endommagement du câble de télécommunications Lettonie-Gotland ; un cargo battant pavillon maltais est immobilisé."),
    ]),
    # ---------------------------------------------- Orange voluntary departures plan (3,000 jobs in France)
    ("orange-departures-plan", "fresh86", [
        ("linforme.com", "05-12 05:30", "Orange prépare le départ de 3 000 salariés en France",
         "Selon nos informations, l'opérateur historique va présenter aux syndicats un dispositif de temps partiel senior et de départs volontaires visant environ 3 000 postes d'ici 2028."),
        ("lesechos.fr", "05-12 09:00", "Orange veut réduire ses effectifs français de 3 000 postes",
         "Le groupe confirme un plan de départs volontaires, sans licenciement, concernant environ 3 000 emplois, surtout dans le réseau cuivre et la relation client."),
        ("bfmtv.com", "05-12 11:20", "Orange : 3 000 emplois supprimés d'ici 2028, selon L'Informé",
         "L'opérateur mise sur les départs à la retraite et un dispositif de préretraite pour réduire ses effectifs français, à l'heure de la fin du cuivre."),
        ("lemondeinformatique.fr", "05-12 15:40", "Plan de départs chez Orange : les syndicats dénoncent une saignée",
         "Environ 3 000 salariés d'Orange France sont concernés par les départs annoncés mardi ; la CFE-CGC et SUD craignent une hausse de la charge de travail."),
    ]),
    # ---------------------------------------------- Ardian buys fibre network operator Altitude Infra
    ("altitude-infra-sale", "fresh86", [
        ("lesechos.fr", "05-13 06:30", "Fibre : Altitude Infra passe sous le contrôle d'Ardian",
         "Le fonds d'infrastructures français rachète l'opérateur de réseaux d'initiative publique Altitude Infra, valorisé environ 2,5 milliards d'euros, selon nos informations."),
        ("lemagit.fr", "05-13 11:00", "Ardian s'offre l'opérateur de RIP Altitude Infra",
         "Altitude Infra, qui exploite 3,8 millions de prises fibre dans 25 départements, change d'actionnaire pour un montant proche de 2,5 milliards d'euros."),
    ]),
    # ---------------------------------------------- Netflix ISP Speed Index, April ranking
    ("netflix-isp-index-april", "fresh86", [
        ("frandroid.com", "05-13 09:00", "Classement Netflix d'avril : Bouygues Telecom détrône Free",
         "Pour la première fois depuis un an, Bouygues Telecom prend la tête du classement mensuel des FAI de Netflix avec 4,9 Mb/s, devant Free (4,85 Mb/s)."),
        ("clubic.com", "05-13 14:10", "Netflix ISP Speed Index : Bouygues Telecom passe devant en avril",
         "La Bbox devance d'une courte tête la Freebox dans le classement d'avril de Netflix ; Orange est troisième et SFR quatrième."),
    ]),
    # ---------------------------------------------- Iliad Q1 results
    ("iliad-q1-results", "fresh86", [
        ("lesechos.fr", "05-14 06:00", "Iliad gagne encore des abonnés en France et en Italie",
         "Le groupe de Xavier Niel revendique 120 000 nouveaux abonnés fibre en France au premier trimestre et un chiffre d'affaires en hausse de 5 %, à 2,6 milliards d'euros."),
        ("frandroid.com", "05-14 10:30", "Free : 120 000 abonnés fibre de plus au premier trimestre",
         "La maison mère de Free publie un chiffre d'affaires trimestriel de 2,6 milliards d'euros ; Free Mobile recrute 180 000 clients dans un marché saturé."),
    ]),
    # ---------------------------------------------- Free Mobile outage in Occitanie
    ("free-mobile-outage-occitanie", "fresh86", [
        ("frandroid.com", "05-15 06:45", "Free Mobile en panne dans le Sud : pas de réseau à Toulouse et Montpellier",
         "Depuis la nuit, de nombreux abonnés de Free Mobile en Occitanie n'ont plus de réseau ; l'opérateur évoque la coupure d'une liaison de collecte."),
        ("clubic.com", "05-15 10:30", "Panne Free Mobile : l'Occitanie privée de réseau une bonne partie de la matinée",
         "Appels, SMS et données : la panne a touché les clients Free Mobile de Haute-Garonne, de l'Hérault et du Gard avant un retour à la normale vers 11 heures."),
    ]),
    # ---------------------------------------------- single: Ericsson wins Bouygues Telecom 5G core contract
    ("ericsson-bouygues-5g-core", "fresh86", [
        ("lemondeinformatique.fr", "05-18 09:20", "Ericsson décroche la modernisation du cœur de réseau 5G de Bouygues Telecom",
         "L'équipementier suédois remplacera d'ici 2028 le cœur de réseau mobile de l'opérateur par une plateforme cloud native hébergée dans ses propres datacenters."),
    ]),
    # ---------------------------------------------- Strike at Orange against the departures plan
    ("orange-strike-may", "fresh86", [
        ("bfmtv.com", "05-19 06:00", "Grève chez Orange ce mardi contre les suppressions de postes",
         "SUD, la CGT et la CFE-CGC appellent les salariés d'Orange à cesser le travail mardi, une semaine après l'annonce de 3 000 départs en France ; des boutiques pourraient fermer."),
        ("lemondeinformatique.fr", "05-19 16:10", "Mobilisation chez Orange : près de 15 % de grévistes selon les syndicats",
         "Rassemblements devant le siège d'Issy-les-Moulineaux et dans plusieurs villes : les salariés d'Orange ont protesté contre le plan de départs."),
    ]),
    # ---------------------------------------------- single: Altice France Q1 results
    ("altice-france-q1-results", "fresh86", [
        ("lesechos.fr", "05-20 06:30", "SFR continue de perdre des abonnés avant son démantèlement",
         "Altice France publie un chiffre d'affaires trimestriel en baisse de 6 %, à 2,5 milliards d'euros, et perd 95 000 clients mobiles."),
    ]),
    # ---------------------------------------------- SFR appeals the CNIL fine
    ("sfr-appeals-cnil-fine", "fresh86", [
        ("next.ink", "05-21 09:40", "SFR conteste son amende de 15 millions d'euros devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction prononcée en avril par la Cnil, qu'il juge disproportionnée au regard des mesures prises après la fuite de 2024."),
        ("lemondeinformatique.fr", "05-21 14:15", "Sanction de la Cnil : SFR fait appel",
         "Six semaines après avoir été condamné à 15 M€ d'amende, SFR saisit le Conseil d'État et demande la suspension de la publication de la sanction."),
    ]),
    # ---------------------------------------------- RED by SFR promotion, May (200 Go)
    ("red-sfr-promo-may", "fresh86", [
        ("frandroid.com", "05-22 09:00", "RED by SFR dégaine un forfait 200 Go à 9,99 €",
         "Nouvelle série spéciale chez RED by SFR : 200 Go de data 5G et les appels illimités pour 9,99 € par mois, jusqu'au 1er juin."),
        ("clubic.com", "05-22 14:00", "RED by SFR : 200 Go en 5G pour 9,99 €, jusqu'au 1er juin",
         "La filiale low cost de SFR relance la guerre des prix avec un forfait 5G de 200 Go à 9,99 € mensuels, prix garanti dans le temps."),
    ]),
    # ---------------------------------------------- Finland-Estonia cable damaged, two weeks after Latvia
    ("baltic-cable-finland-estonia", "fresh86", [
        ("lemondeinformatique.fr", "05-25 10:15", "Deux semaines après la Lettonie, un câble Finlande-Estonie endommagé",
         "Le câble de télécommunications reliant Helsinki à Tallinn est hors service depuis dimanche ; la Finlande a ouvert une enquête."),
        ("numerama.com", "05-25 15:00", "Golfe de Finlande : Helsinki enquête sur un câble sous-marin endommagé vers l'Estonie",
         "L'opérateur Elisa signale une panne sur sa liaison sous-marine entre la Finlande et l'Estonie ; le trafic a été rerouté par la Suède."),
    ]),
    # ---------------------------------------------- Competition authority opens an in-depth review of the SFR split
    ("sfr-split-competition-review", "fresh86", [
        ("lesechos.fr", "05-26 06:30", "Partage de SFR : l'Autorité de la concurrence ouvre un examen approfondi",
         "Saisie par Bouygues Telecom, Iliad et Orange, l'Autorité de la concurrence engage une phase 2 sur le rachat des actifs de SFR ; sa décision n'est pas attendue avant l'automne."),
        ("latribune.fr", "05-26 10:00", "Rachat de SFR : le gendarme de la concurrence a des doutes sérieux",
         "Pour l'Autorité de la concurrence, le passage de quatre à trois opérateurs mobiles risque de faire monter les prix ; l'examen durera au moins 65 jours ouvrés."),
        ("next.ink", "05-26 14:30", "Vente de SFR : la concurrence passe en phase 2",
         "L'Autorité de la concurrence a ouvert une enquête approfondie sur le rachat de SFR par ses trois concurrents, notamment sur les prix des forfaits mobiles."),
    ]),
    # ---------------------------------------------- Free Mobile raises its main plan's price
    ("free-mobile-price-rise", "fresh86", [
        ("frandroid.com", "05-27 08:00", "Free Mobile augmente le prix de son forfait 5G de 2 euros",
         "Les abonnés historiques du Forfait Free 5G paieront 21,99 € au lieu de 19,99 € à partir de juillet, en échange de 50 Go supplémentaires."),
        ("01net.com", "05-27 11:20", "Forfait Free : une hausse de 2 € par mois pour des millions d'abonnés",
         "Free Mobile relève de 19,99 € à 21,99 € le tarif de son forfait principal, en ajoutant de la data ; les abonnés peuvent refuser en changeant d'offre."),
        ("numerama.com", "05-27 16:40", "Même le trublion des télécoms augmente ses prix",
         "L'opérateur de Xavier Niel relève de 2 € le prix du Forfait Free 5G à partir du 1er juillet, qui passe à 21,99 € par mois."),
    ]),
    # ---------------------------------------------- XpFibre appeals the Arcep notice
    ("xpfibre-appeals-arcep-notice", "fresh86", [
        ("next.ink", "05-28 09:15", "XpFibre attaque sa mise en demeure devant le Conseil d'État",
         "L'opérateur d'infrastructure demande l'annulation de la décision de l'Arcep d'avril, estimant que les dégradations relèvent des opérateurs commerciaux et de leurs sous-traitants."),
        ("lemagit.fr", "05-28 13:00", "Qualité des réseaux fibre : XpFibre conteste la décision de l'Arcep",
         "Six semaines après sa mise en demeure, XpFibre saisit le Conseil d'État et rejette la responsabilité des malfaçons sur les sous-traitants des fournisseurs d'accès."),
    ]),
    # ---------------------------------------------- single: weekly deals post, week 22
    ("lesnum-forfaits-week22", "fresh86", [
        ("lesnumeriques.com", "05-29 16:00", "Les meilleurs forfaits mobiles de la semaine",
         "RED by SFR 200 Go à 9,99 €, Sosh et Lebara : notre sélection hebdomadaire des forfaits mobiles sans engagement."),
    ]),
    # ---------------------------------------------- single: Free Mobile to end roaming on Orange
    ("free-mobile-ends-orange-roaming", "fresh86", [
        ("next.ink", "05-29 08:40", "Free Mobile va se passer de l'itinérance d'Orange d'ici la fin de l'année",
         "L'opérateur assure couvrir 99 % de la population avec ses propres antennes et mettra fin au 31 décembre au contrat d'itinérance 2G/3G qui le lie à Orange."),
    ]),
    # ---------------------------------------------- Fibre cables sabotaged near Alès (Gard)
    ("fibre-sabotage-gard", "fresh86", [
        ("bfmtv.com", "05-30 07:20", "Sabotage de la fibre dans le Gard : des milliers d'habitants privés d'Internet",
         "Des câbles de fibre optique ont été volontairement sectionnés dans la nuit près d'Alès, privant d'Internet et de téléphone mobile une trentaine de communes."),
        ("01net.com", "05-30 10:40", "Câbles de fibre sectionnés près d'Alès : Orange et SFR touchés",
         "Un acte de vandalisme a coupé plusieurs artères fibre dans le Gard ; les opérateurs estiment à 40 000 le nombre de clients affectés."),
        ("lefigaro.fr", "05-30 15:10", "« Un acte criminel » : le gouvernement condamne le sabotage de câbles dans le Gard",
         "La ministre chargée du Numérique a dénoncé samedi les dégradations de câbles de fibre optique près d'Alès, qui ont coupé Internet à quelque 40 000 abonnés."),
    ]),
    # ---------------------------------------------- single: Iliad bond issue
    ("iliad-bond-issue", "fresh86", [
        ("lesechos.fr", "06-01 06:45", "Iliad lève 1 milliard d'euros sur le marché obligataire",
         "La maison mère de Free place deux souches obligataires à cinq et huit ans, notamment pour financer sa part du rachat de SFR."),
    ]),
    # ---------------------------------------------- Bouygues Telecom national fixed-network outage, post-mortem next day
    ("bouygues-fixed-outage-june", "fresh86", [
        ("frandroid.com", "06-02 19:40", "Bouygues Telecom en panne : Internet coupé pour de nombreux abonnés Bbox",
         "Depuis 20 heures environ, des abonnés Bbox de toute la France signalent une coupure de leur connexion fibre et de la télévision."),
        ("01net.com", "06-02 20:30", "Panne Bbox : Bouygues Telecom confirme un incident national",
         "L'opérateur reconnaît un incident sur son réseau fixe, qui touche une partie de ses 5 millions d'abonnés box ; le mobile n'est pas concerné."),
        ("bfmtv.com", "06-02 21:15", "Soirée sans Internet pour des milliers de clients Bouygues",
         "Une panne du réseau fixe de Bouygues Telecom prive de nombreux abonnés de connexion et de télévision ce mardi soir ; le retour à la normale est espéré dans la nuit."),
        ("lemondeinformatique.fr", "06-03 08:50", "Panne de Bouygues Telecom : un routeur de cœur de réseau en cause",
         "Le service a été rétabli vers 1 heure du matin ; Bouygues Telecom explique la coupure par la défaillance d'un routeur de cœur de réseau à Paris, dont la bascule de secours n'a pas fonctionné."),
    ]),
    # ---------------------------------------------- Sosh's new 150 Go plan
    ("sosh-150go-plan", "fresh86", [
        ("frandroid.com", "06-03 08:30", "Sosh lance un forfait 5G de 150 Go à 12,99 €",
         "La marque sans engagement d'Orange renouvelle sa gamme avec un forfait 150 Go en 5G à 12,99 € par mois, dont 35 Go utilisables en Europe."),
        ("lesnumeriques.com", "06-03 13:00", "Un nouveau forfait 150 Go pour séduire les chasseurs de promos",
         "Orange muscle sa marque low cost Sosh avec une offre de 150 Go à 12,99 € mensuels, sans engagement et sans hausse de prix au bout d'un an."),
    ]),
    # ---------------------------------------------- Arcep quarterly fixed broadband observatory (Q1)
    ("arcep-observatory-q1", "fresh86", [
        ("next.ink", "06-04 09:30", "Fibre : 25,4 millions d'abonnés au premier trimestre selon l'Arcep",
         "L'observatoire trimestriel de l'Arcep recense 25,4 millions d'abonnements fibre à fin mars, soit près de 80 % des accès fixes ; le cuivre passe sous les 5 millions."),
        ("zdnet.fr", "06-04 11:00", "Très haut débit : la fibre représente désormais 80 % des abonnements",
         "Selon l'Arcep, 610 000 abonnements fibre supplémentaires ont été souscrits au premier trimestre, tandis que 1,9 million de locaux restent à rendre raccordables."),
        ("journaldunet.com", "06-04 14:20", "Observatoire de l'Arcep : le cuivre poursuit sa chute",
         "Avec 4,8 millions d'accès restants à fin mars, le réseau cuivre perd encore 700 000 abonnés en trois mois, selon le régulateur."),
    ]),
    # ---------------------------------------------- single: Orange Marine's new cable ship
    ("orange-marine-new-cable-ship", "fresh86", [
        ("usine-digitale.fr", "06-05 09:30", "Orange Marine met à l'eau un navire câblier de nouvelle génération",
         "Le navire, destiné à la réparation des câbles sous-marins en Méditerranée, sera basé à La Seyne-sur-Mer et rejoindra la flotte d'Orange Marine à l'automne."),
    ]),
    # ---------------------------------------------- single: weekly telecom roundup, week 23
    ("01net-telecom-week23", "fresh86", [
        ("01net.com", "06-06 08:00", "La semaine télécom : panne Bbox, Sosh et la fibre à 80 %",
         "La panne nationale de Bouygues Telecom, le nouveau forfait Sosh et l'observatoire de l'Arcep : l'essentiel de la semaine."),
    ]),
    # ---------------------------------------------- single: Bouygues Telecom buys Celeste
    ("bouygues-buys-celeste", "fresh86", [
        ("latribune.fr", "06-08 07:30", "Bouygues Telecom s'offre Celeste pour muscler son offre entreprises",
         "L'opérateur rachète le fournisseur de fibre pour entreprises Celeste, qui revendique 20 000 clients professionnels, pour un montant non dévoilé."),
    ]),
    # ---------------------------------------------- Free launches the Freebox Pop 2; hands-on the next day
    ("freebox-pop2-launch", "fresh86", [
        ("frandroid.com", "06-09 06:00", "Free lance la Freebox Pop 2 : Wi-Fi 7, 8 Gbit/s et nouveau lecteur TV",
         "Free dévoile la Freebox Pop 2, avec Wi-Fi 7, un débit jusqu'à 8 Gbit/s et un nouveau lecteur Android TV, à 34,99 € par mois."),
        ("01net.com", "06-09 08:45", "Freebox Pop 2 : prix, débits, TV… tout ce qu'il faut savoir sur la nouvelle box de Free",
         "Wi-Fi 7, fibre 8 Gbit/s partagés, lecteur Android TV : la nouvelle Freebox Pop 2 est commercialisée dès aujourd'hui à 34,99 € par mois pendant un an."),
        ("numerama.com", "06-09 11:30", "Avec la Pop 2, Free démocratise le Wi-Fi 7",
         "Le groupe de Xavier Niel remplace sa box d'entrée de gamme par un modèle Wi-Fi 7 à 34,99 €, une première à ce prix en France."),
        ("lesnumeriques.com", "06-10 09:00", "Test de la Freebox Pop 2 : le Wi-Fi 7 pour tous, ou presque",
         "Nous avons installé la nouvelle Freebox Pop 2, lancée mardi par Free : des débits Wi-Fi impressionnants, mais un lecteur TV encore perfectible."),
    ]),
    # ---------------------------------------------- ASN wins a transatlantic cable contract
    ("asn-transatlantic-cable-contract", "fresh86", [
        ("lesechos.fr", "06-10 06:30", "Câbles sous-marins : ASN remporte un contrat transatlantique",
         "Alcatel Submarine Networks, désormais détenu par l'État, fabriquera à Calais un nouveau câble reliant la Gironde à la Virginie, pour un montant estimé à 400 millions d'euros."),
        ("usine-digitale.fr", "06-10 09:00", "Alcatel Submarine Networks va relier la France aux États-Unis",
         "Le fabricant de câbles sous-marins, repris par l'État en 2024, construira un câble de 6 600 km entre Le Porge (Gironde) et la Virginie pour un consortium mené par Orange."),
    ]),
    # ---------------------------------------------- single: Netflix ISP Speed Index, May ranking
    ("netflix-isp-index-may", "fresh86", [
        ("clubic.com", "06-10 13:30", "Classement Netflix de mai : Free reprend la tête des FAI",
         "Avec 4,9 Mb/s de débit moyen, Free repasse devant Bouygues Telecom (4,85 Mb/s) dans le classement mensuel de Netflix ; SFR reste dernier."),
    ]),
    # ---------------------------------------------- Strike at SFR over the break-up
    ("sfr-strike-june", "fresh86", [
        ("bfmtv.com", "06-11 09:00", "Grève chez SFR : les salariés inquiets pour leur avenir après la vente",
         "À l'appel de l'Unsa et de la CFDT, plusieurs centaines de salariés de SFR ont débrayé jeudi pour obtenir des garanties d'emploi dans le cadre du démantèlement de l'opérateur."),
        ("lemondeinformatique.fr", "06-11 15:20", "Les syndicats de SFR mobilisent contre le découpage de l'opérateur",
         "Rassemblements à Saint-Denis et à Lyon : les salariés d'Altice France réclament le maintien de leurs emplois chez Bouygues Telecom, Free et Orange."),
    ]),
    # ---------------------------------------------- single: Bouygues Telecom finishes removing Huawei antennas
    ("bouygues-huawei-antennas-removed", "fresh86", [
        ("lesechos.fr", "06-12 07:00", "Bouygues Telecom a démonté ses dernières antennes Huawei en zone sensible",
         "Conformément à la loi de 2019, l'opérateur a achevé le remplacement de 3 000 antennes Huawei dans les grandes agglomérations par du matériel Ericsson et Nokia."),
    ]),
    # ---------------------------------------------- Fibre cables sabotaged near Meaux (Seine-et-Marne)
    ("fibre-sabotage-meaux", "fresh86", [
        ("bfmtv.com", "06-14 08:00", "Seine-et-Marne : des câbles de fibre sabotés, 15 000 foyers sans Internet",
         "Deux semaines après le Gard, des câbles de fibre optique ont été sciés dans la nuit près de Meaux ; une enquête pour sabotage est ouverte."),
        ("lefigaro.fr", "06-14 13:30", "Nouveau sabotage de la fibre, cette fois près de Meaux",
         "Une quinzaine de communes de Seine-et-Marne ont été privées d'Internet après la découpe de câbles de télécommunications ; le parquet de Meaux a ouvert une enquête."),
    ]),
    # ---------------------------------------------- Orange sells 50% of its towerco Totem
    ("orange-totem-stake-sale", "fresh86", [
        ("lesechos.fr", "06-15 06:00", "Orange cède 50 % de Totem à un consortium de fonds",
         "L'opérateur vend la moitié de sa filiale d'antennes-relais, qui détient 27 000 sites en France et en Espagne, pour environ 2,9 milliards d'euros, selon nos informations."),
        ("latribune.fr", "06-15 09:30", "Antennes-relais : Orange ouvre le capital de Totem",
         "Orange confirme la vente de 50 % de sa towerco Totem à Brookfield et à la Caisse des dépôts pour 2,9 milliards d'euros, sans en perdre le contrôle opérationnel."),
        ("journaldunet.com", "06-15 13:15", "Pourquoi Orange se résout à vendre la moitié de ses pylônes",
         "Avec la cession de 50 % de Totem pour 2,9 milliards d'euros, l'opérateur historique suit l'exemple de SFR et de Bouygues Telecom et poursuit son désendettement."),
    ]),
    # ---------------------------------------------- Wi-Fi bug on the Freebox Pop 2, fixed the next day
    ("freebox-pop2-wifi-bug", "fresh86", [
        ("frandroid.com", "06-16 09:10", "Freebox Pop 2 : des abonnés se plaignent de déconnexions Wi-Fi",
         "Une semaine après son lancement, la nouvelle box de Free souffre de coupures Wi-Fi à répétition sur la bande 6 GHz, selon de nombreux témoignages sur les forums."),
        ("clubic.com", "06-16 15:00", "Bug Wi-Fi sur la Freebox Pop 2 : Free reconnaît le problème",
         "Free confirme un dysfonctionnement du Wi-Fi 7 sur certaines Freebox Pop 2 et promet un correctif logiciel dans les prochains jours."),
        ("lesnumeriques.com", "06-17 10:30", "Freebox Pop 2 : Free déploie le correctif pour les coupures Wi-Fi",
         "La mise à jour 1.2.3 du firmware corrige les déconnexions sur la bande 6 GHz signalées par les premiers abonnés de la Freebox Pop 2."),
    ]),
    # ---------------------------------------------- single: European Parliament committee votes on the Digital Networks Act
    ("dna-parliament-committee-vote", "fresh86", [
        ("next.ink", "06-17 09:00", "Digital Networks Act : les eurodéputés adoptent leur position",
         "La commission ITRE du Parlement européen a voté le règlement sur les réseaux numériques, qui prévoit l'extinction du cuivre dans l'UE d'ici 2030 et écarte toute contribution des géants du streaming."),
    ]),
    # ---------------------------------------------- Arcep's yearly mobile quality-of-service survey
    ("arcep-mobile-qos-survey-2026", "fresh86", [
        ("frandroid.com", "06-18 08:00", "Réseau mobile : Orange encore premier selon l'Arcep, Free progresse",
         "L'enquête annuelle de l'Arcep sur la qualité des réseaux mobiles place Orange en tête, devant Bouygues Telecom, SFR et Free Mobile."),
        ("01net.com", "06-18 10:30", "Quel est le meilleur réseau mobile en 2026 ? Le verdict de l'Arcep",
         "Plus d'un million de mesures réalisées dans toute la France : Orange domine les débits et les appels, Free Mobile comble une partie de son retard en 5G."),
        ("lesnumeriques.com", "06-18 13:00", "Qualité de service mobile : Orange garde la couronne",
         "Le régulateur des télécoms publie son classement annuel : Orange devance Bouygues Telecom en débit moyen (245 Mb/s contre 198 Mb/s), SFR et Free se partagent la suite."),
        ("zdnet.fr", "06-18 16:20", "Enquête Arcep : l'écart se resserre entre les opérateurs mobiles",
         "Dans les zones rurales, Bouygues Telecom et Free réduisent leur retard sur Orange, selon la campagne de mesures 2026 de l'Arcep."),
    ]),
    # ---------------------------------------------- single: Bouygues Telecom dates its 3G switch-off
    ("bouygues-3g-switch-off-date", "fresh86", [
        ("frandroid.com", "06-19 09:00", "Bouygues Telecom fixe la date de l'arrêt de la 3G",
         "L'opérateur éteindra son réseau 3G à partir de mars 2028, région par région ; la 2G sera conservée jusqu'en 2029."),
    ]),
    # ---------------------------------------------- single: 4G/5G of the four operators on Paris metro line 6
    ("paris-metro-line6-coverage", "fresh86", [
        ("bfmtv.com", "06-22 08:30", "Métro parisien : la ligne 6 entièrement couverte en 4G et 5G",
         "La RATP et les quatre opérateurs achèvent la couverture mobile de la ligne 6, stations et tunnels compris, un an avant l'objectif."),
    ]),
    # ---------------------------------------------- Arcep fines Orange for copper network upkeep
    ("arcep-fine-orange-copper", "fresh86", [
        ("lesechos.fr", "06-23 07:00", "Cuivre : l'Arcep inflige 8 millions d'euros d'amende à Orange",
         "Le gendarme des télécoms reproche à l'opérateur historique de ne pas avoir respecté ses engagements de qualité de service sur le réseau cuivre en 2024 et 2025."),
        ("next.ink", "06-23 09:30", "Qualité du cuivre : Orange sanctionné par l'Arcep",
         "Délais de réparation trop longs, pannes à répétition : l'Arcep prononce une sanction de 8 M€ contre Orange, la première de ce type."),
        ("lemondeinformatique.fr", "06-23 13:45", "Réseau cuivre : 8 M€ d'amende pour Orange",
         "La formation de poursuite et d'instruction de l'Arcep a sanctionné Orange pour ses manquements à l'entretien de la boucle locale cuivre."),
    ]),
    # ---------------------------------------------- single: Orange launches satellite SMS
    ("orange-satellite-sms", "fresh86", [
        ("frandroid.com", "06-24 08:15", "Orange lance les SMS par satellite pour ses abonnés",
         "Grâce à un partenariat avec Skylo, les clients Orange équipés d'un Pixel ou d'un Galaxy récent pourront envoyer des SMS en zone blanche, pour 5 € par mois."),
    ]),
]

ARTICLES: list[Labelled] = build(EVENTS)
__all__ = ["ALIASES", "ARTICLES"]
