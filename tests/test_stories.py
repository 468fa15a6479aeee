"""Story grouping (issue 12): features, the pure decision, the windowed index, the labelled set."""
from __future__ import annotations

import itertools
import re
from datetime import timedelta

import pytest

from monitor.query.aliases import Aliases
from monitor.stories import StoryArticle, StoryIndex, features, same_story, score
from monitor.stories.amounts import amounts_disagree
from monitor.stories.apart import placed_apart, told_apart
from monitor.stories.decision import defect_after_launch
from monitor.stories.features import name_table
from monitor.stories.index import fits
from monitor.stories.lexicon import one_of
from tests.helpers import T0
from tests.stories import (
    fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13,
    fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25,
    fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37,
    fresh38, fresh39, fresh40, fresh41, fresh42, fresh43, fresh44, fresh45, fresh46, fresh47, fresh48, fresh49,
    fresh50, fresh51, fresh52, fresh53, fresh54, fresh55, fresh56, fresh57, fresh58, fresh59, fresh60, fresh61,
    fresh62, fresh63, fresh64, fresh65, fresh66, fresh67, fresh68, fresh69, fresh70, fresh71, fresh72, fresh73,
    fresh74, fresh75, fresh76, fresh77, fresh78, fresh79, fresh80, fresh81, fresh82, fresh83, fresh84, fresh85,
    fresh86, fresh87, fresh88, fresh89, fresh90, fresh91, fresh92, fresh93, fresh94,
)
from tests.stories.labelled import ALIASES, ARTICLES

AWS = Aliases.from_groups([["AWS", "Amazon Web Services"]])


def art(title: str, lead: str = "", hours: float = 0, site: str = "lemagit.fr", id: int = 1) -> StoryArticle:
    return StoryArticle(id, title, lead, T0 + timedelta(hours=hours), site)


def feats(a: StoryArticle):
    return features(a, AWS)


# --------------------------------------------------------------------------- features

def test_numbers_in_digits_and_words_agree():
    assert 60.0 in feats(art("AWS se sépare d'une soixantaine de salariés")).numbers
    assert 60.0 in feats(art("Amazon Web Services supprime 60 postes")).numbers
    assert 200.0 in feats(art("Ubisoft : deux cents emplois menacés")).numbers
    assert 1.7 in feats(art("Mistral AI lève 1,7 milliard d'euros")).numbers
    assert 3000.0 in feats(art("Capgemini prévoit 3 000 recrutements")).numbers
    # French typesets thousands with a no-break space, or a narrow one
    assert feats(art("Capgemini prévoit 3\u00a0000 recrutements et 1\u202f200 départs")).numbers == (1200.0, 3000.0)
    # a number in several words is one: 83 brèches, not 4, 20 and 3
    assert feats(art("Microsoft colmate quatre-vingt-trois brèches")).numbers == (83.0,)
    assert feats(art("Soixante et onze postes et vingt-deux mille euros")).numbers == (71.0, 22000.0)
    assert feats(art("Trois zero-day et un correctif")).numbers == (3.0,)


def test_an_amount_told_roughly_agrees_but_two_precise_ones_that_differ_do_not():
    exact = feats(art("Microsoft corrige 112 failles"))
    assert not amounts_disagree(exact, feats(art("Plus d'une centaine de failles comblées")))
    assert not amounts_disagree(feats(art("Orange confirme 680 départs")), feats(art("Près de 700 postes menacés")))
    assert amounts_disagree(feats(art("AWS supprime 611 postes")), feats(art("AWS supprime 612 postes")))
    assert amounts_disagree(exact, feats(art("Microsoft corrige 57 failles")))
    atos = feats(art("Atos : un plan de 1 200 départs en France"))
    assert not amounts_disagree(atos, feats(art("Atos va supprimer plus d'un millier de postes")))  # thousands: 20 %
    assert amounts_disagree(feats(art("Mistral s'offre une équipe de 25 ingénieurs")),
                            feats(art("Mistral viserait une trentaine de milliards")))  # tens: 15 %
    # a half step is rounded too: "environ 150 postes" are the 148 of the plan confirmed
    assert not amounts_disagree(feats(art("Doctolib prépare la suppression d'environ 150 postes")),
                                feats(art("Doctolib confirme un PSE de 148 postes")))
    assert amounts_disagree(feats(art("Ubisoft supprime 155 postes")), feats(art("Ubisoft supprime 148 postes")))


def test_a_number_the_other_title_gives_a_product_is_no_amount_of_it():
    named, told = feats(art("Xiaomi 17 Ultra : le photophone débarque en France à 1 499 euros")), \
        feats(art("Xiaomi lance son 17 Ultra en Europe"))
    assert told.numbers == (17.0,) and not (amounts_disagree(named, told) and amounts_disagree(told, named))


def test_a_percentage_is_not_an_amount():
    f = feats(art("Intel va supprimer 15 % de ses effectifs", "soit 20 pour cent du total, 3 000 postes"))
    assert f.title_percents == (15.0,) and f.percents == (15.0, 20.0) and f.numbers == (3000.0,)


def test_titles_that_say_it_happens_again_and_products_with_their_number():
    assert feats(art("Microsoft 365 à nouveau en panne")).recurrence
    assert feats(art("OVHcloud : nouvelle panne à Strasbourg")).recurrence
    assert feats(art("Après Boulanger, Cultura touché à son tour")).recurrence
    assert feats(art("Encore une fuite ce lundi : l'enseigne prévient ses clients")).recurrence
    assert feats(art("Nouvelle acquisition pour l'éditeur de Catia")).recurrence
    assert feats(art("Nouveau rachat dans le cloud pour Capgemini")).recurrence
    assert not feats(art("Panne géante chez OVHcloud")).recurrence
    assert feats(art("X ne répond plus, encore")).recurrence  # "encore" closing the title: again
    assert not feats(art("Le Fold 8 se fait encore attendre")).recurrence
    assert feats(art("Un deuxième hôpital français touché par une cyberattaque")).recurrence
    assert not feats(art("Ubisoft abaisse ses objectifs après un troisième trimestre décevant")).recurrence
    assert not feats(art("SFR annonce un nouveau plan de départs")).recurrence  # news, not its second telling
    f = feats(art("WWDC 2026 : Apple dévoile iOS 27, et iOS 26.5.1 corrige deux failles"))
    assert f.versions == ("ios 26.5.1", "ios 27", "wwdc 2026") and 27.0 not in f.numbers
    both = feats(art("Nvidia lance les GeForce RTX 5070 Super et RTX 5080 Super"))
    assert not told_apart(both, feats(art("Test GeForce RTX 5070 Super : enfin assez de mémoire")))  # either's
    assert told_apart(feats(art("RTX 5080 Super : Nvidia muscle sa gamme")), feats(art("Test de la RTX 5070 Super")))


def test_hostile_titles_are_cut_and_read_in_one_pass():
    """A feed's title may be a megabyte: only its first TITLE_CHARS count, and the version
    pattern never backtracks (64,000 "A-" took 30 s with a backtracking one)."""
    from monitor.stories.features import TITLE_CHARS, _versions

    f = feats(art("Orange " + "A-" * 500_000 + " Free"))
    assert "orang" in f.terms and "fre" not in f.terms and len(f.title_terms) <= TITLE_CHARS
    assert _versions("A-" * 64_000) == () and _versions("iOS 1." * 64_000) == ("ios 1",)


def test_amount_abbreviations_and_capitalised_common_words_are_no_names():
    assert feats(art("Microsoft promet 4 Md€ pour ses datacenters")).title_entities == ("microsoft",)  # not "md"
    assert feats(art("Des milliers d'abonnés privés d'Internet et du Web")).entities == ()
    assert feats(art("La box passe au Wi-Fi 7 et à 8 Gb/s")).entities == ()


def test_supprimer_and_menaces_name_layoffs_only_beside_jobs():
    assert "layoffs" in feats(art("Ubisoft va fermer son studio d'Annecy")).kinds  # its jobs go with it
    assert feats(art("Ariane 64 : un premier vol réussi pour le lanceur lourd européen")).kinds == ()  # a flight
    assert feats(art("Harmonie Mutuelle confirme le vol de données de 600 000 adhérents")).kinds == ("attack",)
    assert feats(art("Des boutiques SFR fermées ce vendredi : voici pourquoi")).kinds == ()
    assert feats(art("Fermeture du cuivre : l'Arcep met Orange en demeure")).kinds == ()
    assert feats(art("Worldline va supprimer 400 postes en France")).kinds == ("layoffs",)
    assert feats(art("Paiements : quatre cents emplois menacés")).kinds == ("layoffs",)
    assert feats(art("Leboncoin : des comptes jamais supprimés")).kinds == ()
    assert feats(art("Ubisoft plonge dans le rouge sur son exercice annuel")).kinds == ("results",)
    f = feats(art("CES : le français Withings s'attaque à Oura"))  # takes on a rival: no attack, no actor
    assert f.kinds == () and "oura" not in f.title_entities
    assert feats(art("Intel repasse dans le vert")).kinds == feats(art("Earnings : Nvidia au sommet")).kinds
    assert feats(art("L'Anssi organise un exercice de crise")).kinds == ()
    assert feats(art("Alten : l'ESN continue de dégraisser")).kinds \
        == feats(art("Chez Ubisoft, la saignée continue")).kinds == ("layoffs",)
    assert feats(art("ChatGPT ne répond plus")).kinds == ("outage",)
    assert feats(art("Jeux vidéo : mouvement social inédit chez le géant français du secteur")).kinds == ("strike",)
    assert feats(art("Data leak massif chez le champion bordelais du e-commerce")).kinds == ("attack",)
    # what someone says tells no kind of event: Musk's "attaque" is the fine's reaction
    assert feats(art("« Une attaque contre la liberté d'expression » : Elon Musk fulmine")).kinds == ()
    # a listing, however said: not the launch of a product
    assert "listing" in feats(art("Doctolib lance son introduction en Bourse à Paris")).kinds
    assert feats(art("Doctolib va entrer en Bourse, selon Les Echos")).kinds == ("listing",)
    assert feats(art("IPO de Doctolib : ce que l'on sait")).kinds == ("listing",)
    assert feats(art("DSA : Shein attaque l'amende de la Commission devant la justice européenne")).kinds \
        == feats(art("Shein conteste sa sanction européenne")).kinds == ("appeal",)  # no attack, nor a fine


def test_aliases_make_one_name_and_names_are_found_by_shape():
    f = feats(art("Amazon Web Services supprime 60 postes en France"))
    g = feats(art("Layoffs chez AWS France"))
    assert set(f.entities) & set(g.entities) >= set(g.title_entities)
    # a plain word opening the title is no name; a camel-case one is
    assert "layoff" not in g.entities
    assert "ovhcloud" in feats(art("OVHcloud victime d'une panne")).entities


def test_the_press_names_a_few_firms_without_their_name():
    assert "apple" in feats(art("Siri repensé : la firme de Cupertino lance iOS 27")).title_entities
    assert "fre" in feats(art("La nouvelle box de l'opérateur de Xavier Niel est disponible")).title_entities
    assert "netflix" in feats(art("Streaming : le géant de Los Gatos augmente encore ses tarifs")).title_entities
    assert "3ds" in feats(art("Trimestre décevant pour l'éditeur de Vélizy")).title_entities
    assert "ubisoft" in feats(art("Grève dans les studios d'Assassin's Creed")).title_entities
    assert feats(art("La banque verte en panne")).title_entities == feats(art("Le Crédit Agricole")).title_entities
    assert "mistral" not in feats(art("Dust, l'autre pépite française de l'IA, lève 40 millions")).terms
    st = feats(art("STMicroelectronics relève ses prévisions")).title_entities
    assert feats(art("Semi-conducteurs : le franco-italien ST relève ses prévisions")).title_entities == st
    # a firm by its home town, with any word the press puts before it
    google, cisco = feats(art("Google condamné")).title_entities, feats(art("Cisco corrige une faille")).title_entities
    assert feats(art("Publicité : le groupe de Mountain View condamné")).title_entities == google
    assert feats(art("L'équipementier de San José corrige une faille")).title_entities == cisco
    assert "fre" in feats(art("Le quatrième opérateur augmente ses forfaits")).title_entities
    scaleway = feats(art("Panne chez Scaleway")).title_entities
    assert feats(art("Le cloud d'Iliad tombe en rade")).title_entities == scaleway != ("fre",)
    assert "nvidi" in feats(art("Le roi des GPU pulvérise les attentes")).title_entities
    assert "atos" in feats(art("L'ancien champion tricolore des ESN taille dans ses effectifs")).title_entities
    assert "shein" in feats(art("La CNIL frappe le géant chinois de la mode en ligne")).title_entities
    dgccrf = feats(art("La DGCCRF inflige une amende à Bouygues Telecom")).authorities
    assert dgccrf and feats(art("La répression des fraudes sanctionne Bouygues Telecom")).authorities == dgccrf
    cnam = feats(art("Fuite de données à l'Assurance maladie")).title_entities
    assert cnam and feats(art("La Cnam confirme une fuite")).title_entities == cnam
    caf = feats(art("Fuite de données à la CAF")).title_entities
    assert feats(art("La CNAF confirme une fuite")).title_entities == caf
    assert feats(art("Piratage : la Caisse d'allocations familiales porte plainte")).title_entities == caf
    leboncoin = feats(art("Leboncoin condamné")).title_entities
    assert feats(art("Le site de petites annonces préféré des Français condamné")).title_entities == leboncoin
    assert "samsung" in feats(art("Le géant de Séoul dégaine un S26 FE à 749 euros")).title_entities
    assert "ibm" in feats(art("Le groupe d'Armonk dépasse les attentes")).title_entities
    assert "mistral" in feats(art("Le champion tricolore de l'IA générative boucle une levée")).title_entities
    assert "netflix" in feats(art("Le géant du streaming n'a jamais gagné autant d'argent")).title_entities
    aws = feats(art("AWS met 8 milliards sur la table en France")).title_entities
    assert feats(art("Le numéro un du cloud met 8 milliards sur la table en France")).title_entities == aws
    assert "auchan" in feats(art("Le distributeur nordiste prévient ses clients d'une fuite")).title_entities
    assert "atos" in feats(art("L'ex-fleuron français de l'informatique n'a pas touché le fond")).title_entities
    assert "renault" in feats(art("Le constructeur au losange rappelle douze mille voitures")).title_entities
    assert "tsmc" in feats(art("Le fondeur de Hsinchu dépasse les attentes")).title_entities
    assert "sony" in feats(art("PSN : des déconnexions en série ce soir")).title_entities  # its network
    assert "safran" in feats(art("Le motoriste de Gennevilliers profite de l'après-vente")).title_entities
    travail = feats(art("France Travail confirme une fuite")).title_entities
    assert travail and feats(art("L'opérateur public de l'emploi alerte ses inscrits")).title_entities == travail
    assert "ankam" in feats(art("Jeu vidéo : coup dur pour le créateur de Dofus")).title_entities
    assert "pronot" in feats(art("Le logiciel de vie scolaire plante le jour de la rentrée")).title_entities
    cdiscount = feats(art("Cdiscount victime d'un piratage")).title_entities
    assert feats(art("Le champion bordelais de l'e-commerce victime d'un piratage")).title_entities == cdiscount
    assert "fre" in feats(art("Le trublion des télécoms relève ses tarifs")).title_entities
    x = feats(art("Bruxelles enquête sur X")).title_entities
    assert feats(art("Bruxelles enquête sur l'IA de la plateforme d'Elon Musk")).title_entities == x
    soitec = feats(art("Soitec abaisse ses objectifs")).title_entities
    assert feats(art("Le spécialiste grenoblois du SOI abaisse ses objectifs")).title_entities == soitec
    assert "mistral" in feats(art("Levée de fonds XXL en vue pour le champion français des LLM")).title_entities
    elysee = feats(art("L'Élysée salue le vote des députés")).authorities  # the President is no firm's rival
    assert elysee and feats(art("Emmanuel Macron salue le vote des députés")).authorities == elysee
    parliament = feats(art("Le Parlement européen repousse l'AI Act")).authorities
    assert parliament and feats(art("Omnibus numérique : Strasbourg repousse l'AI Act")).authorities == parliament
    assert feats(art("AI Act : les députés européens repoussent les obligations")).authorities == parliament
    assert not feats(art("OVHcloud : une erreur de routage coupe Strasbourg")).authorities  # its datacenter
    nis2 = feats(art("Le Parlement adopte la transposition de NIS2")).title_entities
    assert feats(art("Le Parlement adopte la loi Résilience")).title_entities == nis2  # NIS 2 transposed
    assert "loi" in feats(art("Le Parlement adopte la loi Résilience")).terms
    kyutai = feats(art("Kyutai ouvre son modèle vocal")).title_entities  # not Free, Xavier Niel's too
    assert feats(art("Le laboratoire de Xavier Niel ouvre son modèle vocal")).title_entities == kyutai


def test_a_one_word_name_needs_its_capital():
    assert "facebook" in feats(art("Meta lance son casque en France")).title_entities
    # "met", "mettez": the stem of Meta, a verb here
    assert "facebook" not in feats(art("Windows : deux failles exploitées, mettez à jour", "Microsoft met à jour.")).terms


def test_units_wide_places_common_words_and_single_letters_are_no_names():
    assert feats(art("La fintech Pennylane lève 150 M€ et vise l'Europe")).title_entities == ("pennylan",)
    assert feats(art("Samsung rappelle un chargeur rapide 45 W")).title_entities == ("samsung",)
    assert feats(art("Une attaque DDoS record de 30 Tb/s bloquée par Cloudflare")).title_entities == ("cloudflar",)
    assert feats(art("Une attaque DDoS record")).kinds == feats(art("Déni de service : un record")).kinds == ("attack",)
    assert feats(art("Le plan de départs de Criteo vise la R&D")).title_entities == ("criteo",)
    assert feats(art("Une alerte de l'Anssi pour les PME face à l'IA")).title_entities == ("anssi",)
    assert feats(art("Criteo recule en Bourse")).entities == ()
    assert feats(art("À Noël, les Français achètent en ligne")).entities == ()
    assert feats(art("Appli Crédit Agricole down")).title_entities == feats(art("Le Crédit Agricole")).title_entities
    assert feats(art("Cyberattaque contre une mairie de l'Ouest")).title_entities == ()
    assert feats(art("Une université du Nord sans ENT, un LLM et le GPS en panne")).title_entities == ()


def test_a_rival_a_title_names_is_no_actor_of_its_event():
    f = feats(art("La fintech Pennylane lève 150 millions pour défier Sage, selon Les Echos"))
    assert f.title_entities == ("pennylan",) and "sag" not in f.entities and "sag" in f.terms
    # the gang claiming an attack attacks many: no actor of this one, no stranger to articles that do not name it
    assert feats(art("Montélimar : le groupe Qilin revendique l'attaque contre l'hôpital")).title_entities == ()
    assert feats(art("Vierzon : la cyberattaque revendiquée par Qilin")).title_entities == ()
    assert "qilin" not in feats(art("Hôpital de Cahors : Qilin revendique")).title_entities
    assert "amazon" in feats(art("Amazon revendique un Prime Day record")).title_entities
    # a town the title sets aside is no place of its incident: Montluçon's attack is not placed at Cholet
    montlucon = feats(art("Montluçon : l’hôpital confirme un rançongiciel, pas de lien établi avec Cholet"))
    assert "cholet" not in montlucon.entities
    assert not placed_apart(montlucon, feats(art("Le centre hospitalier de Montluçon victime d'une cyberattaque")),
                            {"attack"})
    assert feats(art("Mistral sort un modèle pour concurrencer GPT et Claude")).title_entities == ("mistral",)
    assert "mistral" in feats(art("Le Chat devient plus malin")).title_entities  # Mistral's assistant
    assert "mistral" not in feats(art("Chat Control : le Parlement européen vote")).terms  # the EU's proposal
    # a firm named by its parent: the parent is no actor, nor a law applied
    cegedim = feats(art("Données de santé : la filiale de Cegedim sanctionnée par la CNIL"))
    assert "cegedim" not in cegedim.title_entities and "cegedim" in cegedim.terms
    assert feats(art("Cloud de confiance : la filiale de Thales et Google qualifiée")).title_entities == ()
    assert "act" in feats(art("Strasbourg repousse l'application de l'AI Act")).title_entities
    assert "nothing" in feats(art("La marque de Carl Pei dévoile son Phone (4)")).title_entities  # its boss
    # nor whom a lead says its firm faces
    faced = feats(art("La pépite française de l'IA devient hébergeur",
                      "Avec 18 000 GPU, la start-up d'Arthur Mensch vend du calcul, face à AWS et Microsoft."))
    assert "mistral" in faced.entities and not {"aw", "microsoft"} & set(faced.entities) and "aw" in faced.terms
    for aside in ("pour concurrencer AWS", "en réponse à AWS", "à l'assaut d'AWS", "sans lien avec AWS"):
        assert "aw" not in feats(art("La pépite française lance son cloud", f"Mistral lance son cloud {aside}.")).entities
    # what a title drops is no actor of its event, but still a name of its story
    dropped = feats(art("Fin de Teams et Zoom dans les ministères : l'État bascule sur Visio"))
    assert dropped.title_entities == ("etat",) and {"team", "zoom", "microsoft"} <= set(dropped.entities)
    assert "microsoft" in feats(art("Le HDH va quitter Azure")).terms  # Azure's maker, as before
    assert feats(art("L'État abandonne Teams au profit de Suite Numérique")).title_entities == ("numer", "suit")


def test_only_a_word_heading_a_title_may_be_a_name():
    assert feats(art("Rennes : l'hôpital universitaire frappé par des pirates")).title_openers == ("ren",)
    assert feats(art("Changement de patron chez OVHcloud", "Le Changement est acté.")).title_openers == ()


def test_a_quarter_in_letters_is_a_quarter():
    t3, words = feats(art("Résultats T3 : Capgemini recule")), feats(art("Capgemini recule au troisième trimestre"))
    assert "trimestr" in set(t3.terms) & set(words.terms)


def test_a_town_speaks_of_its_departement():
    assert "ain" in feats(art("Cyberattaque à l'hôpital de Bourg-en-Bresse")).title_entities
    assert feats(art("Fuite de données en Haute-Vienne")).title_entities == ("haut vien",)  # one name
    assert feats(art("Fuite de données à Limoges")).title_entities == ("haut vien", "limog")
    # a town in several words is one name: Saint-Nazaire is no "Saint" of another town
    assert feats(art("Grève à Saint-Nazaire")).title_entities == ("loir atlant", "saint nazair")


def test_a_word_heading_a_title_before_a_name_is_no_name():
    assert feats(art("Pourquoi Ubisoft n'arrive pas à sortir de la crise")).title_entities == ("ubisoft",)
    assert "fin" not in feats(art("Fini Microsoft Teams pour les fonctionnaires")).title_entities
    assert feats(art("Keynote Apple : la marque à la pomme lance enfin son smartphone pliable")).title_entities \
        == ("apple",)  # a keynote is no one's name: a firm's show
    assert "enfin" not in feats(art("L'iPad mini s'offre enfin un écran OLED")).terms  # tells of no event


def test_a_name_in_several_words_is_one_actor():
    f = feats(art("À Sophia Antipolis, Samsung montre ses écrans", "Patrick Drahi vend SFR."))
    assert f.name_tails == ("antipol", "drah")  # they only go on "Sophia" and "Patrick"
    assert feats(art("Samsung, Apple et Google au CES")).name_tails == ()  # a list is several


def test_a_title_names_product_lines_but_an_acronym_spells_its_name_out():
    assert feats(art("Free augmente le prix de la Freebox Pop")).title_lines == ("freebox pop",)
    assert feats(art("Ivanti EPMM : une faille exploitée")).title_lines == ()
    one, other = feats(art("Montpellier Métropole quitte Microsoft")), feats(art("Montpellier Méditerranée Métropole "
                                                                               "quitte Microsoft"))
    assert one.title_lines != other.title_lines and not told_apart(one, other)  # one name, said longer
    # a region is where a cloud runs, no line of it: "Azure Front Door" in a lead tells nothing apart
    assert feats(art("Outage Azure West Europe : ce que l'on sait")).title_lines == ()
    # Ariane 64 is the four-booster Ariane 6; iPhone 18 is not iPhone 17
    assert not told_apart(feats(art("Ariane 6 réussit son premier vol en version quatre boosters")),
                          feats(art("Kourou : succès pour Ariane 64, la version lourde du lanceur européen")))
    assert told_apart(feats(art("iPhone 18 : prix et date de sortie")), feats(art("L'iPhone 17 baisse de prix")))
    # the RTX 5080 is a card of the RTX 50 series; the RTX 5080 is not the RTX 5070, nor the RTX 508 a model
    assert not told_apart(feats(art("Nvidia lance les RTX 5070 Super et 5080 Super")),
                          feats(art("RTX 50 Super : Nvidia muscle sa gamme avec plus de VRAM")))
    assert told_apart(feats(art("Test de la RTX 5080")), feats(art("La RTX 5070 baisse de prix")))
    assert told_apart(feats(art("RTX 50 : les prix")), feats(art("La RTX 508 baisse de prix")))
    # nor is the service updating every edition: "la faute à Windows Update" may be Windows 11's update
    assert feats(art("Votre PC refuse de s'éteindre ? La faute à Windows Update")).title_lines == ()
    assert not told_apart(feats(art("Outage Azure West Europe : ce que l'on sait")),
                          feats(art("Panne d'Azure : Microsoft publie son rapport",
                                    "Un changement de configuration d'Azure Front Door est à l'origine de la panne.")))


def test_a_name_in_several_words_gives_its_acronym():
    assert {"hdh", "eb"} <= set(feats(art("Le Health Data Hub quitte Oracle E-Business Suite")).terms)  # EBS, stemmed
    assert "pt" not in feats(art("Patch Tuesday de mars")).terms  # two letters meet unrelated acronyms


def test_a_title_names_kinds_of_device_by_their_words_and_their_model_codes():
    fold = feats(art("Galaxy Z Fold8 officiel : plus fin, plus léger, et toujours plus cher",
                     "Samsung dévoile son nouveau pliant lors de l'Unpacked de New York."))
    watch = feats(art("Galaxy Watch9 et Watch9 Classic : Samsung renouvelle ses montres",
                      "Samsung présente aussi ses nouvelles montres connectées à l'Unpacked."))
    assert fold.title_devices == ("smartphone",) and watch.title_devices == ("montre",)  # "watch9": a watch
    assert told_apart(fold, watch)
    assert not told_apart(fold, feats(art("Samsung : le Fold8 et la Watch9 arrivent en France")))  # either's


def test_two_kinds_of_institution_one_title_each_are_two_victims():
    town_hall = feats(art("Pas-de-Calais : les services de la mairie de Lens à l'arrêt après un piratage",
                          "Cartes d'identité, cantine : les Lensois patientent, la municipalité n'a plus accès à ses "
                          "logiciels."))
    hospital = feats(art("Un hôpital du Pas-de-Calais contraint de transférer des patients après une cyberattaque",
                         "Le CH de Lens a déclenché son plan blanc ; certaines opérations sont reportées.", hours=29))
    assert town_hall.title_institutions == ("mairie",) and hospital.title_institutions == ("hôpital",)
    assert told_apart(town_hall, hospital) and not same_story(town_hall, hospital)
    university = feats(art("L'Université Grenoble Alpes paralysée par un rançongiciel"))
    pools = feats(art("La mairie de Grenoble touchée par une fuite chez un prestataire",
                      "Sans lien avec l'attaque contre l'université, la municipalité précise que l'incident concerne "
                      "la réservation des piscines."))  # what a lead sets aside is none of its institutions
    assert told_apart(university, pools)
    assert not told_apart(hospital, feats(art("Lens : la mairie solidaire de son hôpital attaqué")))  # either's


def test_a_product_speaks_of_its_maker():
    f = feats(art("Rappel produit : ce chargeur Galaxy peut chauffer", "Le chargeur Galaxy de 45 W est rappelé."))
    assert "samsung" in f.title_entities and "samsung" in f.terms
    assert "samsung" not in feats(art("Un chargeur peut chauffer")).terms
    assert "ubisoft" in feats(art("Jeux vidéo : le créateur de Rayman réduit ses effectifs")).title_entities
    assert "amazon" in feats(art("AWS étend son cloud souverain à la France")).title_entities
    # opening a title, where "Z" (a letter, no name) does not make it one
    assert "samsung" in feats(art("Galaxy Z Fold 8 et Z Flip 8 : prix, date de sortie")).title_entities
    assert feats(art("Rennes : l'hôpital frappé par un rançongiciel")).title_entities == ()  # a town: no maker
    # and a boss of the firm he leads
    assert feats(art("Xavier Niel dévoile sa nouvelle box")).title_entities == ("fre", "niel", "xavi")
    assert "lenovo" in feats(art("ThinkBook Plus Gen 7 : l'écran qui se déroule devient plus grand")).title_entities
    assert "microsoft" in feats(art("Patch Tuesday de décembre : 47 vulnérabilités corrigées")).title_entities
    assert "atos" in feats(art("L'ESN de Bezons annonce un nouveau plan social")).title_entities  # by its town
    assert "ovhcloud" in feats(art("Le cloud de Roubaix à l'arrêt une matinée entière")).title_entities
    assert "cdiscount" in feats(art("Data leak massif chez le champion bordelais du e-commerce")).title_entities
    assert feats(art("Le géant de la recherche dégaine son nouveau modèle phare")).title_entities \
        == feats(art("Google dégaine son nouveau modèle phare")).title_entities
    assert "mistral" in feats(art("La licorne française de l'IA sort un nouveau modèle")).title_entities


def test_words_of_one_meaning_are_one_term_and_no_name():
    powerbank = feats(art("Cette powerbank Xiaomi chauffe"))
    batterie = feats(art("Cette batterie externe Xiaomi chauffe"))
    assert set(powerbank.terms) == set(batterie.terms)
    faille, vulnerabilite = feats(art("Une faille dans FortiOS")), feats(art("Une vulnérabilité dans FortiOS"))
    assert set(faille.terms) == set(vulnerabilite.terms)
    centre, datacenter = feats(art("Mistral AI ouvre un centre de données")), feats(art("Mistral AI ouvre un datacenter"))
    assert set(centre.terms) == set(datacenter.terms) and centre.entities == ("ai", "mistral")
    assert feats(art("Orange : le réseau hors service")).kinds == ("outage",)  # a phrase of the outage group
    assert feats(art("Les studios d'Ubisoft misent sur l'IA")).entities == ("ubisoft",)
    fond, autonomie = feats(art("Galaxy S26 : la batterie fond")), feats(art("Galaxy S26 : l'autonomie fond"))
    assert set(fond.terms) == set(autonomie.terms)


def test_a_word_group_keeps_the_kind_of_event_its_first_word_names():
    from monitor.stories.lexicon import EVENT_KINDS, WORD_GROUPS
    from monitor.query.text import terms

    for group in WORD_GROUPS:
        first = EVENT_KINDS.get(" ".join(terms(group[0])))
        assert {EVENT_KINDS[t] for member in group for t in terms(member) if t in EVENT_KINDS} <= {first}, group


def test_a_title_explains_an_event():
    assert feats(art("Fin de SFR : ce qui va changer pour les abonnés")).explainer
    assert feats(art("Pourquoi Ubisoft n'arrive pas à sortir de la crise")).explainer
    assert not feats(art("Ubisoft : les commentaires des joueurs affluent")).explainer  # not "comment" in a word


def test_a_title_follows_an_event_up_by_its_words_or_by_the_event_its_context_names():
    assert feats(art("Hôpital de Cahors : Qilin revendique")).follow_up
    assert feats(art("Test du MacBook Air M5 : toujours le meilleur portable")).follow_up
    assert feats(art("Panne d'AWS à Paris : le fournisseur publie son post-mortem")).follow_up
    assert feats(art("Deux jours après la cyberattaque, le CHU de Limoges rouvre ses blocs")).follow_up
    assert feats(art("SFR tente de rassurer après la fuite géante")).follow_up  # the context names a leak
    assert not feats(art("Des milliers de pare-feu FortiGate compromis via une faille de 2024")).follow_up
    assert not feats(art("Après Cultura, Decathlon victime d'une fuite")).follow_up  # another firm's


def test_the_kinds_a_title_names_as_context_are_not_its_event():
    assert feats(art("Grève chez Ubisoft : les salariés débrayent contre le plan de départs")).kinds == ("strike",)
    assert feats(art("Après Fnac Darty, Decathlon touché par une fuite de données")).kinds == ("attack",)
    assert feats(art("Ubisoft : mobilisation dans les studios contre la suppression de 180 postes")).kinds == ("strike",)
    assert feats(art("Ubisoft va supprimer 180 postes")).kinds == ("layoffs",)
    assert feats(art("Koolbox, qui avait levé 9 millions, cherche un repreneur")).kinds == ()  # its past
    assert feats(art("Claude en rade au lendemain du lancement d'Opus 5")).kinds == ("outage",)
    assert feats(art("Slack : le post-mortem")).kinds == feats(art("Le service est rétabli chez X")).kinds == ("outage",)
    assert feats(art("OVHcloud rassure les marchés malgré des pannes à répétition")).kinds == ("results",)
    assert "sap" in feats(art("Walldorf déçoit les marchés")).title_entities  # SAP by its home town alone
    assert feats(art("C'est officiel : SFR va disparaître, racheté par ses trois concurrents")).kinds == ("acquisition",)
    assert feats(art("Piratage de Cdiscount : la gendarmerie met la main sur un pirate présumé")).kinds == ("trial",)
    assert feats(art("Un étudiant de 19 ans arrêté pour le piratage de la fédération")).kinds == ("trial",)


def test_a_flaw_is_named_by_its_cve_id_which_is_no_amount():
    f = feats(art("Faille CVE-2027-1010 dans Connect Secure", "Et la cve-2027-20201 aussi."))
    assert f.cves == ("cve-2027-1010", "cve-2027-20201") and f.numbers == ()


def test_a_starting_price_is_no_layoff_and_thousands_are_no_amount():
    assert feats(art("Pixel 11 : Google maintient le prix de départ à 899 euros")).kinds == ()
    assert feats(art("Orange : 300 départs volontaires")).kinds == ("layoffs",)
    assert feats(art("Panne : des milliers de Bbox privées d'internet")).numbers == ()
    assert feats(art("L'Assemblée adopte le texte")).title_entities == feats(art("L'Assemblée nationale adopte "
                                                                                 "le texte")).title_entities


def test_a_funding_series_is_a_funding_round():
    assert feats(art("La fintech Kelvy réunit 18 M€ en série A")).kinds == ("funding",)
    assert feats(art("Une série attendue de correctifs")).kinds == ()
    assert feats(art("La fintech comptable Pennylane réunit 200 M€")).kinds == ("funding",)  # an amount raised
    assert feats(art("Sekoia.io sécurise 60 M€ et muscle son réseau")).kinds == ("funding",)
    assert feats(art("Le comité réunit 200 experts à Paris")).kinds == ()  # people, no money


def test_a_title_headed_by_its_outlet_s_own_name_is_a_newsletter():
    assert feats(art("Les Echos Tech : Mistral change de dimension, Sekoia.io lève 60 millions",
                     site="lesechos.fr")).roundup
    assert feats(art("Silicon Brief : fuite chez Bouygues Telecom, Apple face à la justice", site="silicon.fr")).roundup
    assert not feats(art("Les Echos : Mistral lève 2 milliards", site="lemagit.fr")).roundup  # a source, quoted


def test_sales_are_no_sale():
    assert feats(art("Ubisoft : les ventes plongent de 20 % au premier semestre")).kinds == ("results",)
    assert feats(art("Altice signe la vente de SFR")).kinds == ("acquisition",)


def test_a_price_rise_is_a_kind_of_event_and_a_title_may_open_on_another_event():
    assert feats(art("Forfait Free plus cher en 2027")).kinds == ("price",)
    assert feats(art("Free augmente le prix de son forfait 5G")).kinds == ("price",)
    assert feats(art("Après Cultura, une autre enseigne touchée")).precedents == ("cultur",)
    # nor its département: the attack "après Villeurbanne" is not in the Rhône
    assert feats(art("Rançongiciel : après Villeurbanne, une autre collectivité touchée")).title_entities == ()
    assert feats(art("Après la panne, SFR promet des compensations")).precedents == ()
    assert feats(art("Le titre Ubisoft chute après Bourse")).precedents == ()  # after-hours trading
    f = feats(art("Microsoft Entra ID en panne, trois jours après l'incident Azure"))
    assert f.precedents == ("azur",) and "azur" not in f.title_entities  # days after: another incident
    assert feats(art("Deux jours après la cyberattaque, le CHU de Limoges rouvre ses blocs")).precedents == ()
    assert feats(art("Kiabi victime d'une fuite, le même pirate qu'Intersport en cause")).precedents == ("intersport",)
    assert feats(art("Deezer emboîte le pas à Spotify et revoit ses tarifs à la hausse")).precedents == ("spotify",)
    assert feats(art("Dans le sillage d'OVHcloud, Scaleway relève ses prix")).precedents == ("ovhcloud",)
    f = feats(art("Après l'Isère, un deuxième hôpital touché"))
    assert f.precedents == ("iser",) and f.title_entities == ()  # the Isère's is another event
    # what a lead recalls is not what it reports
    assert "freebox" not in feats(art("Free plus cher", "Trois jours après le lancement de la Freebox, Free augmente "
                                                         "ses prix.")).terms
    assert "sfr" not in feats(art("Fuite chez Cultura", "Pendant que les abonnés de SFR s'inquiètent, Cultura "
                                                       "prévient ses clients.")).terms


def test_a_price_rise_said_with_its_amount_or_its_object_and_a_service_opened_to_its_users():
    assert feats(art("Free Mobile augmente de 2 euros son forfait 5G")).kinds == ("price",)
    assert feats(art("L'opérateur relève le prix de son forfait phare")).kinds == ("price",)
    assert feats(art("Free augmente de 15 % son chiffre d'affaires")).kinds == ("results",)
    assert feats(art("Microsoft augmente de 9 % ses tarifs Azure")).kinds == ("price",)
    assert feats(art("Free active la 5G SA pour tous ses abonnés")).kinds == ("launch",)
    assert feats(art("5G SA : Free ouvre la vraie 5G à tous ses clients")).kinds == ("launch",)
    assert feats(art("DSA : Bruxelles ouvre une enquête formelle contre Shein")).kinds == ()
    assert feats(art("France Travail : la CNIL ouvre un contrôle après la fuite")).kinds == ()  # the leak: context
    assert feats(art("Free renouvelle sa box la plus chère")).kinds == ()  # a superlative, no rise
    assert feats(art("iOS 27.1 est disponible : la mise à jour")).kinds == ("launch", "update")  # a release


def test_kind_phrases_are_whole_words_an_offer_is_no_bid_and_a_screen_no_outage():
    assert feats(art("AWS promet une région française séparée de ses infrastructures")).kinds == ()
    assert feats(art("AWS se sépare d'une soixantaine de salariés")).kinds == ("layoffs",)
    assert feats(art("Mistral Compute : ce que propose l'offre GPU de Mistral")).kinds == ()
    assert feats(art("Orange dépose une offre de rachat sur MasOrange")).kinds == ("acquisition",)
    assert feats(art("Capgemini s’offre l'américain DataPulse")).kinds == ("acquisition",)
    assert feats(art("Le réseau de bornes qui monte s'offre un chèque de 300 millions")).kinds == ("funding",)
    assert feats(art("Data breach : la note salée pour l'opérateur de Xavier Niel")).kinds == ("attack", "fine")
    assert feats(art("NIS2 : c'est voté")).kinds == ("law",)
    assert feats(art("MacBook Pro M6 : Apple passe enfin à l'écran OLED")).kinds == ()
    assert feats(art("Écrans noirs sur les box de Free")).kinds == ("outage",)
    assert feats(art("Scaleway : le stockage d'Amsterdam en carafe")).kinds == ("outage",)
    assert feats(art("Altice prépare la mise en vente de SFR")).kinds == ("acquisition",)
    assert "attack" in feats(art("Kiabi : une base clients mise en vente, l’enseigne confirme l’incident")).kinds
    assert feats(art("Intersport : les données de la carte de fidélité mises en vente")).kinds == ("attack",)
    # idioms: a veil lifted raises no money, a call on the ANSSI contests nothing
    assert feats(art("GTC : Nvidia lève le voile sur Vera Rubin Ultra")).kinds == ("launch",)
    assert feats(art("Nabla lève 60 millions")).kinds == ("funding",)
    assert feats(art("Monlycée.net : la Région porte plainte et fait appel à l'ANSSI")).kinds == ()
    assert feats(art("Doctolib fait appel de son amende")).kinds == ("appeal",)
    # a boss named or gone is an event of its own, a boss giving way sells nothing
    assert feats(art("Deezer change de patron, Alexis Lanternier cède sa place")).kinds == ("leadership",)
    assert feats(art("Worldline : le patron démissionne au lendemain du plan social")).kinds == ("leadership",)


def test_kinds_told_in_other_words_and_a_vote_only_where_a_chamber_votes():
    # a theft of data, an outage, a fine, a sale, a listing, in the words the press also uses
    assert feats(art("France Travail : les données de 1,2 million d'inscrits dérobées")).kinds == ("attack",)
    assert feats(art("France Travail réagit au vol massif de données")).kinds == ("attack",)
    assert feats(art("Intersport : 1,2 million de comptes clients exposés")).kinds == ("attack",)
    assert feats(art("Pourquoi une partie du Web français est tombée ce samedi matin")).kinds == ("outage",)
    assert feats(art("Gravelines : des serveurs d'OVHcloud privés de courant")).kinds == ("outage",)
    assert feats(art("Impôts, Ameli, CAF : des millions d'usagers privés de connexion")).kinds == ("outage",)
    assert feats(art("Nouvelle interruption de service chez Scaleway")).kinds == ("outage",)
    assert feats(art("Le cloud privé de Scaleway séduit les banques")).kinds == ()  # private, not deprived
    assert feats(art("Cookies : la CNIL frappe Leboncoin au portefeuille")).kinds == ("fine",)
    assert feats(art("Fin de partie : l'opérateur au carré rouge va être démantelé")).kinds == ("acquisition",)
    assert feats(art("Opération Endgame : Europol démantèle un réseau de botnets")).kinds == ()  # a takedown
    assert feats(art("Quantiq bondit de 18 % pour sa première séance en Bourse")).kinds == ("listing",)
    # a chamber's vote is a law; a phone adopting a sensor is not
    assert feats(art("Le Parlement européen adopte le Digital Networks Act")).kinds == ("law",)
    assert feats(art("Taxe GAFA : les députés votent une hausse")).kinds == ("law",)
    assert feats(art("Unpacked : le Galaxy Z Fold 8 adopte un capteur photo de 200 mégapixels")).kinds == ()
    assert feats(art("Les avocats adoptent l'IA, Lexane en profite")).kinds == ()
    # results told by the market, a court that is no receivership, members who are not laid off
    assert feats(art("Oracle dépasse les attentes, porté par ses datacenters IA")).kinds == ("results",)
    assert feats(art("Dassault Systèmes dévisse de 9 % à la Bourse de Paris")).kinds == ("results",)
    assert feats(art("Nvidia GTC : la démesure de Vera Rubin en quelques chiffres")).kinds == ()
    assert feats(art("Les hôteliers gagnent leur bras de fer judiciaire contre Booking")).kinds == ()
    assert "layoffs" not in feats(art("Fuite : les données de 600 000 licenciés du handball")).kinds
    assert feats(art("Atos : 1 200 salariés licenciés en France")).kinds == ("layoffs",)
    assert feats(art("Piratage de la FFF : l'auteur présumé arrêté à Lyon")).kinds == ("trial",)
    assert feats(art("Antennes-relais : Orange ouvre le capital de Totem")).kinds == ()  # no launch


def test_a_firm_by_its_colossus_town_and_apple_by_its_boss():
    apple = feats(art("Apple publie ses résultats")).title_entities
    assert feats(art("Le colosse de Cupertino publie ses résultats")).title_entities == apple
    assert set(apple) <= set(feats(art("Tim Cook se félicite d'un trimestre record")).terms)
    assert feats(art("Le concepteur de Cambridge dévoile un processeur")).title_entities == ("arm",)
    x = feats(art("X sanctionné")).title_entities
    assert feats(art("Contenus illicites : Bruxelles frappe le réseau d'Elon Musk")).title_entities[-1:] == x


def test_a_trie_of_phrases_matches_the_longest_of_them_whole():
    rx = re.compile(r"\b(?:" + one_of(["vol massif", "vol massif de donnees", "plan social", "d'un"]) + r")\b")
    assert rx.findall("un vol massif de donnees et un plan social d'un groupe") == \
        ["vol massif de donnees", "plan social", "d'un"]
    assert rx.findall("un vol massif de donneesx") == ["vol massif"]  # the longer one cut short: the shorter
    assert rx.findall("plan sociaux") == []


def test_where_an_event_sends_patients_is_not_where_it_happens():
    f = feats(art("Ain : l'hôpital victime d'une cyberattaque, des patients transférés vers Lyon"))
    assert f.towns == () and "lyon" not in f.title_entities
    assert feats(art("Cyberattaque à Lyon : l'hôpital paralysé")).towns == ("lyon",)
    assert not told_apart(f, feats(art("Le centre hospitalier de Bourg-en-Bresse frappé par un rançongiciel")))


def test_an_explainer_naming_nobody_reports_what_its_lead_recalls():
    """"Vos données ont peut-être fuité : les bons réflexes" tells of the leak its lead recalls; a news
    title's lead recalling another firm's leak still reports its own."""
    advice = feats(art("Vos données ont peut-être fuité : les bons réflexes à adopter",
                       "Hameçonnage, faux SMS : comment se protéger après la fuite qui touche les clients de "
                       "Decathlon."))
    assert "decathlon" in advice.entities
    news = feats(art("Kiabi victime d'une fuite de données",
                     "Après la fuite qui touche les clients de Decathlon, Kiabi prévient les siens."))
    assert "decathlon" not in news.terms
    leak = feats(art("Decathlon victime d'une fuite de données, des millions de clients concernés",
                     "Noms, adresses e-mail et historique d'achats : l'enseigne sportive a prévenu ses clients.",
                     hours=-3, site="numerama.com"))
    assert same_story(advice, leak)


def test_a_title_opening_on_the_firm_the_other_title_names_by_its_game_is_no_stranger():
    """"Ankama supprime 40 postes à Roubaix" names Roubaix; its opening word is the firm the other title
    names by its game."""
    a = feats(art("Ankama supprime 40 postes à Roubaix",
                  "L'éditeur de Dofus engage un plan de départs touchant 40 salariés de son siège nordiste."))
    b = feats(art("Le créateur de Dofus réduit ses effectifs",
                  "Ankama annonce la suppression d'une quarantaine de postes, notamment dans ses activités "
                  "d'animation.", hours=3, site="lesnumeriques.com"))
    assert same_story(a, b)
    # a title naming only a town and another firm stays a stranger's
    c = feats(art("Ubisoft supprime 40 postes à Montpellier",
                  "L'éditeur engage un plan de départs touchant 40 salariés.", hours=2, site="clubic.com"))
    assert not same_story(c, b)


def test_an_authority_a_lead_recalls_is_cited_for_the_fine_it_tells_of():
    f = feats(art("Prix barrés sur Temu : ce que la sanction change",
                  "Après l'amende de 15 millions d'euros prononcée par la DGCCRF, la plateforme doit changer."))
    dgccrf = feats(art("La DGCCRF sanctionne Temu")).authorities  # one name with "Bercy"
    assert len(dgccrf) == 1 and f.authorities_cited == dgccrf and dgccrf[0] not in f.entities
    # …when the rest of the lead tells of no other fine
    assert feats(art("Première amende DSA : Meta doit payer 900 millions d'euros",
                     "Trois jours après une sanction de la CNIL, Meta écope d'une amende européenne.")
                 ).authorities_cited == ()
    # what goes on meanwhile is no authority of the fine: "alors que Bruxelles enquête également"
    assert feats(art("E-commerce : 40 millions d'euros d'amende pour Temu en France",
                     "La sanction intervient alors que Bruxelles enquête également sur la plateforme au titre du DSA.")
                 ).authorities_cited == ()


def test_a_release_names_its_variants():
    assert feats(art("Google lance Gemini 4 Pro, son modèle")).variants == (("gemini 4", "pro"),)
    assert feats(art("iPhone 18 Pro et Pro Max : les prix")).variants == (("iphone 18", "max"), ("iphone 18", "pro"))
    assert feats(art("Gemini 4 : ce qui change")).variants == ()


def test_a_firm_by_its_town_alone_and_more_words_of_an_outage():
    assert feats(art("Sanction record de la CNIL contre Mountain View")).title_entities == ("alphabet", "cnil")
    assert feats(art("Une mise à jour rend des milliers de sites injoignables")).kinds == ("launch", "outage", "update")
    assert feats(art("Le site des impôts hors service")).kinds == ("outage",)


def test_results_are_told_by_sales_and_targets_and_their_cause_is_context():
    assert feats(art("Ventes en baisse, commandes en hausse : le géant des ESN garde le cap")).kinds == ("results",)
    assert feats(art("Capgemini confirme ses objectifs")).kinds == ("results",)
    assert feats(art("Vos données sont peut-être en vente")).kinds == ()
    assert feats(art("Capgemini renoue avec la croissance grâce au rachat de WNS")).kinds == ()


def test_a_court_is_named_capitalised_or_not():
    assert feats(art("Les prud’hommes de Paris requalifient 140 chauffeurs Uber")).authorities == ("prud homm",)
    assert feats(art("La cour d'appel de Paris confirme la condamnation d'Uber")).authorities == ("cour appel",)
    assert feats(art("Shein sanctionné par Bercy")).authorities == feats(art("La DGCCRF sanctionne Shein")).authorities


def test_a_court_has_one_name_in_its_several_wordings_and_a_lead_names_courts_too():
    assert feats(art("Pay or okay : la CJUE donne tort à Meta")).authorities == ("cju",)
    assert feats(art("Revers pour Meta devant la justice européenne")).authorities == ("cju",)
    assert "cju" in feats(art("Anti-steering : Apple déboutée par le Tribunal de l'UE")).authorities
    assert feats(art("Apple perd", "Les juges de Luxembourg rejettent son recours.")).courts == ("cju",)
    f = feats(art("Meta condamné à verser 110 millions d'euros aux médias",
                  "Le tribunal de commerce de Paris donne raison aux éditeurs."))
    assert f.authorities == () and f.courts == feats(art("Le tribunal des activités économiques déboute Uber")).courts


def test_a_cloud_region_is_read_by_its_code_or_its_name():
    assert feats(art("Google Cloud : incident dans europe-west9", "Puis us-central1 et fr-par-1.")).regions == (
        "europe-west9", "fr-par-1", "us-central1")
    assert feats(art("Azure en panne", "La région Europe de l’Ouest touchée.")).regions == ("westeurope",)
    assert feats(art("Le Covid-19 et le Wi-Fi 7 au menu", "GPT-5 aussi.")).regions == ()


def test_a_trial_is_no_attack_and_a_title_names_its_country():
    assert feats(art("Piratage de France Travail : trois hackers renvoyés devant le tribunal")).kinds == ("trial",)
    assert feats(art("Amende de 12 millions : Cdiscount juge la décision disproportionnée")).kinds == ("fine",)
    assert feats(art("En Allemagne, des salariés d'Amazon en grève")).countries == ("allemagne",)
    # a lead's disclaimer is another event: "sans lien avec la panne Bouygues Telecom du matin"
    f = feats(art("SNCF Connect en panne", "Un incident sans lien avec la panne Bouygues Telecom."))
    assert "bouygu" not in f.terms


def test_a_title_tells_of_a_defect_but_not_of_its_fix():
    assert feats(art("Fairphone 7 : une mise à jour bloque des appareils au démarrage")).defect
    assert feats(art("Freebox Ultra 2 : des abonnés privés de Wi-Fi après la mise à jour")).defect
    assert feats(art("Freebox Ultra 2 : une mise à jour fait planter le Wi-Fi")).defect
    assert not feats(art("Apple publie iOS 26.4.1 pour corriger un bug de batterie")).defect
    assert not feats(art("Fairphone 7 officialisé : prix et fiche technique")).defect
    assert feats(art("Bêta de macOS 27 : gare à l'autonomie des MacBook")).defect
    assert feats(art("Pixel 11 : des utilisateurs se plaignent d'une batterie vidée en une matinée")).defect
    assert feats(art("Google retire la mise à jour de mars du Pixel 11")).defect
    assert feats(art("Batterie vidée : Google reconnaît un bug et prépare un correctif")).defect  # not yet fixed
    assert not feats(art("Google corrige le bug de batterie du Pixel 11")).defect
    assert feats(art("Votre iPhone se décharge trop vite depuis la dernière mise à jour ?")).defect
    assert feats(art("Bêta d'iOS 27 : des testeurs signalent une batterie qui fond")).defect
    assert feats(art("Wi-Fi instable sous iOS 27.1 : Apple reconnaît le problème")).defect
    assert feats(art("Freebox et iPhone : le Wi-Fi coupe sans arrêt depuis la mise à jour")).defect
    f = feats(art("Ariane 6 : le lancement de deux satellites reporté à la dernière minute"))
    assert f.defect and "launch" not in f.kinds  # a launch called off, days before the launch itself
    assert "launch" in feats(art("Ariane 6 place en orbite deux satellites Galileo")).kinds
    assert "launch" in feats(art("iOS 27.2 est disponible : voici les nouveautés")).kinds
    assert feats(art("iOS 27 bêta 1 : Apple retire temporairement la mise à jour")).defect
    assert feats(art("Freebox Ultra 2 : le Wi-Fi décroche, la grogne des abonnés monte")).defect
    assert feats(art("Pixel 11 : des lignes vertes sur l'écran, des appareils inutilisables")).defect
    assert feats(art("Votre iPhone se vide trop vite depuis la mise à jour ? Vous n'êtes pas seul")).defect
    assert feats(art("Freebox Pop 2 : une mise à jour coupe le Wi-Fi de certains abonnés")).defect
    assert feats(art("La dernière mise à jour de Google coupe les écouteurs sans fil de certains Pixel")).defect
    assert feats(art("Windows 11 : la mise à jour de janvier empêche certains PC de s'éteindre")).defect
    assert feats(art("Windows 11 : la dernière mise à jour empêche d'imprimer")).defect
    f = feats(art("Numéros d'urgence : Orange incrimine une mise à jour logicielle"))  # an outage's cause
    assert f.defect and f.kinds == ()
    assert not feats(art("Google empêche la revente de ses données")).defect
    assert feats(art("Freebox Pop : le Wi-Fi se coupe toutes les heures depuis la dernière mise à jour")).defect
    assert feats(art("iOS 26.4 : des iPhone perdent la 5G chez Bouygues Telecom et Free")).defect
    assert feats(art("Votre iPhone ne capte plus que la 4G depuis la mise à jour ?")).defect
    assert feats(art("iPhone : le bug de la 5G confirmé par Apple, un correctif en préparation")).defect  # not yet
    f = feats(art("Freebox Pop : une mise à jour prive des abonnés de télévision"))
    assert f.defect and f.kinds == ()  # the update is how the defect came, not a launch
    assert feats(art("iOS 27 bêta : la batterie de votre iPhone fond à vue d'œil")).defect
    assert not feats(art("Autonomie et fonderies : l'Europe investit")).defect
    # a row over what was launched is trouble too: told days later, another event than the launch
    assert feats(art("Mistral accusé d'avoir gonflé les scores de son nouveau modèle")).defect
    assert feats(art("Soupçons de triche aux benchmarks : Mistral AI se défend")).defect


def test_a_title_tells_of_an_end_of_support_and_then_of_no_fixes_shipped():
    f = feats(art("C'est fini pour de bon : l'ancien système de Microsoft ne recevra plus de correctifs"))
    assert f.support_end and not f.fixes
    assert feats(art("Fin de Windows 10 : ce qui change vraiment pour vous")).support_end
    assert not feats(art("Patch Tuesday : Microsoft corrige 83 vulnérabilités")).support_end
    assert not feats(art("La fin des frais d'itinérance")).support_end


def test_a_defect_days_after_fixes_shipped_is_the_update_s_bug_but_a_fix_after_a_defect_is_its_story():
    patch = feats(art("Microsoft : quatre failles zero-day corrigées ce mois-ci",
                      "Le Patch Tuesday d'octobre comble 172 vulnérabilités de Windows."))
    assert patch.fixes and not patch.defect
    bug = feats(art("Windows 11 : la dernière mise à jour coupe le Wi-Fi de certains PC",
                    "Depuis l'installation du correctif de mardi, des PC Microsoft ne se connectent plus.", hours=60,
                    site="01net.com"))
    assert defect_after_launch(patch, bug) and defect_after_launch(bug, patch)
    assert not same_story(patch, bug)
    drain = feats(art("Pixel 11 : des utilisateurs se plaignent d'une batterie vidée en une matinée"))
    fix = feats(art("Google corrige le bug de batterie du Pixel 11", hours=48, site="frandroid.com"))
    assert fix.fixes and not defect_after_launch(drain, fix)  # the fix comes after: the defect's story
    shipped = feats(art("iOS 27.1.1 : Apple corrige le bug de batterie qui vidait les iPhone"))
    told = feats(art("Batterie qui fond après la mise à jour : installez vite iOS 27.1.1", hours=13))
    assert told.defect and not defect_after_launch(shipped, told)  # the defect told with the release fixing it


def test_a_launch_made_official_and_a_collective_agreement_are_kinds_of_event():
    assert feats(art("Free officialise la Freebox Ultra 2")).kinds == ("launch",)
    assert "layoffs" in feats(art("Jeu vidéo : l'éditeur lance une RCC visant 240 postes")).kinds
    assert feats(art("Capgemini prépare le départ de 2 000 salariés en France")).kinds == ("layoffs",)
    assert feats(art("Le départ de son PDG secoue Capgemini")).kinds == ()
    assert feats(art("Capgemini s'offre Talan")).kinds == ("acquisition",)
    assert feats(art("Agents IA : la jeune pousse s'offre 60 M€")).kinds == ("funding",)
    assert feats(art("Le jeu s'offre une extension gratuite")).kinds == ()  # a product, not a firm


def test_a_lead_recalling_another_named_event_the_day_before_leaves_it_aside():
    f = feats(art("OpenAI va construire un centre de données en France",
                  "Au lendemain de la sortie de GPT-5.5, la société annonce un site à Dunkerque."))
    assert "gpt" not in f.terms and "dunkerqu" in f.terms
    f = feats(art("Vega-C : le vol reporté", "Avio décale le vol, au lendemain du succès d'Ariane 6."))
    assert "arian" not in f.terms
    f = feats(art("MacBook Pro M6 : Apple passe à l'OLED",
                  "Au lendemain de l'iPad Pro, Apple présente ses portables."))
    assert "ipad" not in f.terms and "portabl" in f.terms
    # the day after the announcement is a follow-up of the same event: its words count
    assert "fusion" in feats(art("Les syndicats inquiets", "Au lendemain de l'annonce de la fusion, …")).terms
    f = feats(art("Deezer aussi augmente ses prix", "Au lendemain de Spotify, le service relève ses tarifs."))
    assert "spotify" not in f.terms and "relev" in f.terms
    # a gang's earlier victim a lead recalls is not this attack's
    f = feats(art("Rugby : la FFR victime d'une fuite de données",
                  "Déjà à l'origine de la fuite chez Norauto le matin même, le pirate publie des données."))
    assert "norauto" not in f.terms and "pirat" in f.terms


def test_the_source_after_selon_is_not_a_name():
    f = feats(art("AWS réduit ses effectifs en France, selon L'Informé"))
    assert not any(e.startswith("inform") for e in f.entities)


@pytest.mark.parametrize("title", ["L'essentiel de la semaine : AWS et Mistral AI", "Hebdo #12 : Google Cloud",
                                   "Le récap de la semaine : Orange", "Les 5 actus tech de la semaine",
                                   "Les 5 infos tech du jour : iOS 27, fuite chez Cultura", "Le podcast Tech&Co : Free",
                                   "La semaine de la sécurité : rançongiciels et correctifs",
                                   "Le Brief Tech du 3 juin : Doctolib, Free, quantique",
                                   "Tech & Co, la quotidienne du mardi 2 juin",
                                   "La semaine tech : panne OVHcloud, Mistral Medium 4 et amende pour Leboncoin",
                                   "VivaTech 2026 : les annonces à retenir de la première journée",
                                   "Black Friday week : les bons plans smartphones du jour",
                                   "Black Friday : les dernières bonnes affaires à saisir ce vendredi",
                                   "Le journal de la cybersécurité du 12 mars",
                                   "Les actus du week-end : iPhone, Orange",
                                   "Cyber : le résumé du mois de septembre", "Les news à ne pas manquer ce lundi",
                                   "Dernières infos : panne SFR et fuite chez Free", "Morning Tech : Free, Orange",
                                   "La tech du jour : fuite chez Colissimo, Dust lève 80 millions",
                                   "Galaxy Unpacked : Z Fold8, Z Flip8… tout ce que Samsung a annoncé",
                                   "Tech Daily du 28 octobre : iOS 26.1, Capgemini et Deezer",
                                   "WWDC 2026 en direct : suivez la keynote d'Apple avec nous",
                                   "Cyberhebdo du 16 janvier : Free sanctionné, Patch Tuesday et rançongiciels",
                                   "VivaTech 2026 : ce qu'il faut retenir de la première journée",
                                   "Keynote Apple : ce qu'il faut attendre de l'iPhone 18 Pro et de l'iPhone Fold"])
def test_recurring_formats_are_roundups(title):
    assert feats(art(title)).roundup
    assert not feats(art("AWS se sépare d'une soixantaine de salariés")).roundup
    assert not feats(art("Colissimo ne marche plus : une cyberattaque en pleine Black Friday week")).roundup
    assert not feats(art("Panne SFR : le résumé de la journée")).roundup
    assert not feats(art("iOS 26.1 est disponible : traduction en direct en français")).roundup


# --------------------------------------------------------------------------- decision

# The firm and the kind of event are all the titles share: "trimestre" is not "trimestriels"
RESULTS = [
    art("Intel repasse dans le vert au troisième trimestre",
        "Le fondeur américain dégage un bénéfice net pour la première fois depuis deux ans.", id=30),
    art("Résultats trimestriels : Intel surprend Wall Street",
        "Chiffre d'affaires de 14,2 milliards de dollars et perspectives relevées.", hours=3,
        site="lemondeinformatique.fr", id=31),
]

SAME = [
    ("a boss's follow-up the day after, sharing little but the firm and its words",
     art("Assistant de consultation : Doctolib coupe l'enregistrement automatique",
         "Après les signalements de médecins, Doctolib a désactivé mardi soir le versement automatique des "
         "synthèses dans les dossiers patients.", site="next.ink"),
     art("« Nous sommes allés trop vite » : le patron de Doctolib s'explique sur les ratés de son IA",
         "Stanislas Niox-Chateau reconnaît des tests insuffisants avant le lancement et promet une validation "
         "systématique par le médecin avant tout versement au dossier.", hours=23, site="bfmtv.com")),
    ("an explainer of the day's results, sharing little but the firm with the news it explains",
     art("Ubisoft plonge au premier semestre et abaisse ses prévisions",
         "L'éditeur de jeux vidéo publie une perte opérationnelle et prévient que ses réservations annuelles seront "
         "inférieures aux attentes.", site="lesechos.fr"),
     art("Pourquoi Ubisoft n'arrive pas à sortir de la crise",
         "Décalages de jeux, échecs commerciaux, dette : décryptage des résultats semestriels publiés mercredi soir "
         "par l'éditeur d'Assassin's Creed.", hours=17.5, site="numerama.com")),
    ("a plan of job cuts told in numbers and in words, one amount in both: the amount is a shared term",
     art("SFR prépare un nouveau plan de 1 000 départs", "L'opérateur présentera le projet aux syndicats mardi.",
         site="linforme.com"),
     art("Altice France : SFR veut supprimer un millier de postes",
         "Le groupe veut réduire ses coûts par des départs avant sa vente.", hours=12, site="lesechos.fr")),
    ("what one title says is dropped is no rival of the other's actor",
     art("La DINUM impose Visio à tous les ministères",
         "La direction interministérielle du numérique généralise son outil de visioconférence souverain d'ici 2027.",
         site="lemagit.fr"),
     art("Visioconférence : l'État abandonne Teams et Zoom d'ici 2027",
         "Les ministères devront passer à Visio, l'outil souverain de la DINUM, et renoncer aux outils américains.",
         hours=3, site="numerama.com")),
    ("a firm cutting jobs again tells of its past plans, not of another plan than this week's",
     art("Atos prépare la suppression d'un millier de postes en France",
         "Le groupe présentera mardi aux syndicats un plan de départs touchant surtout Eviden.", site="linforme.com"),
     art("Atos taille à nouveau dans ses effectifs",
         "Atos justifie son plan de départs par la baisse d'activité dans le conseil.", hours=30, site="silicon.fr")),
    ("a device's launch, and its price rise told hours later: one event",
     art("Raspberry Pi 6 officiel : fiche technique et disponibilité",
         "La fondation dévoile son nouveau nano-ordinateur, plus puissant, avec 16 Go de mémoire.", site="frandroid.com"),
     art("Raspberry Pi 6 : plus puissant, mais plus cher",
         "Le nouveau nano-ordinateur de la fondation coûte 20 euros de plus que le précédent.", hours=3,
         site="clubic.com")),
    ("an outage, then the excuses its context names: the aftermath of an outage tells of the outage",
     art("Pronote en panne le matin de la rentrée",
         "Parents et élèves ne parvenaient pas à ouvrir l'emploi du temps ni le cahier de textes.", site="01net.com"),
     art("Pronote : l'éditeur s'excuse après la panne",
         "L'éditeur promet de renforcer ses serveurs après plusieurs heures d'indisponibilité.", hours=6,
         site="clubic.com")),
    ("an outage, then its end told in three words: the end of an outage tells of the outage",
     art("Panne Qonto : des paiements par carte refusés ce mardi matin",
         "De nombreux clients de la néobanque signalent des cartes refusées en caisse et une application "
         "inaccessible depuis 7 heures.", site="01net.com"),
     art("Qonto : c'est rétabli",
         "Les services de la néobanque fonctionnent de nouveau après près de huit heures de coupure ; la cause "
         "n'est pas encore connue.", hours=7.25, site="next.ink")),
    ("a court's ruling on a fine, each title naming the court its own way: the court is the fine's",
     art("La CJUE confirme l'amende de 4,1 milliards d'euros infligée à Google pour Android",
         "La Cour de justice de l'Union européenne rejette le pourvoi du groupe américain, mettant fin à une "
         "procédure ouverte en 2015.", site="lemondeinformatique.fr"),
     art("Android : Google définitivement condamné par la justice européenne",
         "Deux jours après une amende au titre du DMA, le géant de Mountain View perd son dernier recours dans "
         "l'affaire de ses accords avec les fabricants de smartphones.", hours=1.5, site="latribune.fr")),
    ("an appeal naming the court in one title and the authority it contests in the other",
     art("Cdiscount conteste devant le Conseil d'État son amende de 18 M€",
         "Le e-commerçant a déposé un recours contre la sanction prononcée la semaine dernière par la CNIL, qu'il "
         "juge « disproportionnée ».", site="lemondeinformatique.fr"),
     art("Amende de la CNIL : Cdiscount fait appel",
         "Le site de vente en ligne saisit la plus haute juridiction administrative et affirme avoir corrigé "
         "l'ensemble des manquements relevés.", hours=5.5, site="zdnet.fr")),
    ("a fine whose title names the leak it punishes, and the firm saying hours later it will contest it",
     art("Fuite de données : la CNIL inflige 42 millions d'euros d'amende à Free et Free Mobile",
         "Le gendarme des données personnelles sanctionne l'opérateur pour la fuite de 2024."),
     art("« Disproportionnée » : Free va contester l'amende de la CNIL",
         "L'opérateur de Xavier Niel annonce saisir le Conseil d'État contre la sanction de 42 millions d'euros.",
         hours=6, site="next.ink")),
    ("both titles say it happens again: they tell of the same new occurrence",
     art("Nouvelle panne chez Scaleway, cette fois à Amsterdam",
         "Quatre jours après l'incident de Paris, la région nl-ams de l'hébergeur a connu lundi une interruption de "
         "près de deux heures de son stockage objet, liée selon lui à une mise à jour logicielle défectueuse.",
         site="next.ink"),
     art("Scaleway : deuxième incident en une semaine, le stockage objet d'Amsterdam touché",
         "Des buckets S3 de la région néerlandaise sont restés inaccessibles en lecture pendant une centaine de "
         "minutes lundi après-midi. Scaleway assure que cet incident n'a aucun lien avec la panne électrique de "
         "Vitry.", hours=14.5, site="silicon.fr")),
    ("the aftermath two days on, its context naming the kind of event: a follow-up",
     art("SFR victime d'une cyberattaque : des millions d'abonnés concernés",
         "L'opérateur au carré rouge a commencé à prévenir ses clients par e-mail. Il assure que les mots de passe ne "
         "sont pas touchés, mais les appelle à la vigilance face aux tentatives d'hameçonnage.", site="bfmtv.com"),
     art("« Aucun mot de passe n'a été dérobé » : SFR tente de rassurer après la fuite géante",
         "Deux jours après la révélation du piratage, l'opérateur a déposé plainte et notifié la CNIL. Les "
         "associations de consommateurs réclament un dédommagement pour les quatre millions de clients touchés.",
         hours=46.5, site="lefigaro.fr")),
    ("an authority's own report, both titles naming it and no one else",
     art("Grands projets numériques : la Cour des comptes pointe des dérapages persistants",
         "Dans un rapport publié jeudi, les magistrats de la rue Cambon relèvent que la moitié des grands projets "
         "informatiques de l'État dépassent leur budget initial.", site="acteurspublics.fr"),
     art("La Cour des comptes étrille la conduite des projets informatiques de l'État",
         "Pilotage défaillant, dépendance aux ESN, compétences internes insuffisantes : le rapport chiffre à 1,4 "
         "milliard d'euros les surcoûts cumulés.", hours=2.5, site="next.ink")),
    ("a name in several words and its acronym: the Digital Markets Act is the DMA",
     art("DMA : Bruxelles inflige 800 millions d'euros d'amende à Apple",
         "La Commission européenne sanctionne la firme de Cupertino pour avoir entravé les liens hors de l'App Store."),
     art("Digital Markets Act : Apple sanctionnée pour ses règles anti-steering",
         "La Commission estime que les restrictions imposées aux développeurs violent le règlement.", hours=3,
         site="next.ink")),
    ("a bug, then its fix, a day on",
     art("Fairphone 7 : une mise à jour bloque des appareils au démarrage",
         "Les premiers Fairphone 7 ne démarrent plus après la mise à jour 1.2 ; Fairphone enquête."),
     art("Fairphone publie un correctif pour les Fairphone 7 bloqués au démarrage",
         "La mise à jour 1.2.1 du Fairphone 7 corrige le blocage au démarrage apparu avec la 1.2.", hours=26,
         site="numerama.com")),
    ("one fine, its amount in both, whatever else the leads name",
     art("La CNIL inflige 40 millions d'euros d'amende à Temu",
         "Le régulateur reproche à la plateforme de déposer des cookies publicitaires sans consentement."),
     art("E-commerce : 40 millions d'euros d'amende pour Temu en France",
         "La sanction pour ses cookies publicitaires tombe. Bruxelles enquête aussi sur la plateforme.", hours=5,
         site="bfmtv.com")),
    ("a law has no actor but its chamber, named in other words",
     art("L'Assemblée vote l'interdiction des réseaux sociaux aux moins de 15 ans",
         "Les députés ont adopté mardi la proposition de loi, qui doit encore passer au Sénat."),
     art("Réseaux sociaux interdits avant 15 ans : ce que contient le texte adopté par les députés",
         "Vérification d'âge, sanctions pour les plateformes : le détail de la proposition de loi.", hours=6,
         site="numerama.com")),
    ("an update released is launched",
     art("iOS 27.1 est disponible : les nouveautés de la mise à jour",
         "Apple publie iOS 27.1 pour les iPhone, avec la traduction en direct en français."),
     art("Apple lance iOS 27.1, faut-il mettre à jour votre iPhone ?",
         "La mise à jour iOS 27.1 apporte la traduction en direct en français.", hours=3, site="01net.com")),
    ("other words, digits vs words",
     art("AWS se sépare d'une soixantaine de salariés", "Une soixantaine de postes sont concernés en France."),
     art("Amazon Web Services supprime 60 postes en France", "Un plan de départs dans la filiale française d'AWS.",
         hours=2, site="lemondeinformatique.fr")),
    ("English word in the title",
     art("Layoffs chez AWS France", "La filiale d'AWS va supprimer une soixantaine d'emplois.", site="silicon.fr"),
     art("AWS France supprime une soixantaine de postes", "Une soixantaine d'emplois supprimés chez AWS en France.",
         hours=5, site="zdnet.fr")),
    ("syndicated: 'selon L'Informé'",
     art("AWS France : une soixantaine de salariés poussés vers la sortie",
         "La filiale d'Amazon Web Services prépare une rupture conventionnelle collective.", site="linforme.com"),
     art("AWS réduit ses effectifs en France, selon L'Informé",
         "AWS France va se séparer de 60 collaborateurs via une rupture conventionnelle collective.",
         hours=9, site="zdnet.fr")),
    ("a share in one title, a headcount in the other",
     art("Intel va supprimer 15 % de ses effectifs", "Le fondeur va se séparer de 15 % de ses salariés.",
         site="lesechos.fr"),
     art("Intel licencie 15 000 salariés", "Intel supprime 15 000 postes, soit 15 % de ses effectifs.",
         hours=6, site="journaldugeek.com")),
    ("one kind of event in other words, a rare name in both",
     art("La ville de Brest frappée par un rançongiciel", "Les services municipaux de Brest fonctionnent en mode "
         "dégradé depuis lundi.", site="lemagit.fr"),
     art("Cyberattaque : les services de Brest tournent au ralenti", "La mairie de Brest a coupé ses serveurs "
         "après une attaque informatique.", hours=4, site="numerama.com")),
    ("one fact in other words, however long the leads (tests/stories/fresh2.py; a share of the terms missed it)",
     art("Microsoft comble 94 vulnérabilités pour son Patch Tuesday estival",
         "Le lot de correctifs de juillet corrige 94 failles dans Windows, Office et SharePoint Server, dont deux "
         "zero-day déjà exploitées par des attaquants.", site="lemondeinformatique.fr"),
     art("Mises à jour Windows de juillet : deux failles déjà exploitées à corriger d'urgence",
         "Une élévation de privilèges dans le noyau et un contournement de SmartScreen font l'objet d'attaques "
         "actives. Microsoft recommande d'appliquer les correctifs sans attendre.", hours=1.7, site="zdnet.fr")),
    ("a purchase in other words, a country of no actor (tests/stories/fresh.py)",
     art("Sopra Steria s'offre l'allemand Valantic pour 900 millions d'euros",
         "L'ESN française réalise la plus grosse acquisition de son histoire récente et double sa taille outre-Rhin.",
         site="lesechos.fr"),
     art("Sopra Steria met la main sur Valantic et se renforce en Allemagne",
         "Le rachat du cabinet munichois, spécialiste de SAP et du commerce en ligne, apporte 2 800 consultants au "
         "groupe.", hours=4, site="lemondeinformatique.fr")),
    ("a name and its longer form ('OVH', 'OVHcloud') are one shared name",
     art("OVHcloud : panne majeure dans un datacenter", "Une coupure d'électricité a privé de service des "
         "milliers de sites hébergés dans le datacenter.", site="lemagit.fr"),
     art("Des sites web inaccessibles après une panne chez OVH", "Une coupure d'électricité dans un datacenter du "
         "nord de la France a privé de service des milliers de sites.", hours=1.5, site="01net.com")),
    ("a product in one title, its maker in the other",
     art("Samsung rappelle un chargeur rapide 45 W pour risque de surchauffe",
         "Le constructeur rappelle un chargeur rapide vendu avec ses smartphones, qui peut surchauffer.",
         site="01net.com"),
     art("Rappel produit : ce chargeur Galaxy peut chauffer dangereusement, vérifiez votre modèle",
         "Un chargeur rapide de 45 W vendu avec les smartphones Galaxy peut surchauffer : vérifiez son numéro.",
         hours=1.3, site="frandroid.com")),
    ("one release of a product in both titles",
     art("Mistral AI présente Mistral Small 5, son modèle le plus léger",
         "La start-up parisienne publie un modèle de 12 milliards de paramètres sous licence Apache."),
     art("Mistral Small 5 : que vaut le nouveau petit modèle ouvert ?",
         "Nous avons testé le modèle sur nos questions habituelles : il tient la comparaison avec les modèles de "
         "Google.", hours=6, site="numerama.com")),
    ("a title opening on a plain word names nobody: no rival for the other's 'Matter'",
     art("Withings lance une balance connectée compatible Matter",
         "La balance mesure aussi la tension artérielle et sera vendue 199 euros."),
     art("Withings dévoile sa nouvelle balance, et elle mesure la tension",
         "Vendue 199 euros, la balance connectée arrive en juin. Withings promet une mesure fiable.", hours=2,
         site="frandroid.com")),
    ("a town in one title, its département in the other",
     art("Cyberattaque : la mairie de Vannes paralysée",
         "Les services de l'état civil de la ville sont à l'arrêt depuis lundi, un rançongiciel est en cause."),
     art("Un rançongiciel frappe une commune du Morbihan",
         "L'état civil et les services municipaux sont à l'arrêt depuis lundi.", hours=5, site="next.ink")),
    ("one appeal told two ways",
     art("Amende de la CNIL : Doctolib saisit le Conseil d’État",
         "La plateforme conteste la sanction de 10 millions d'euros pour la conservation des données."),
     art("Doctolib fait appel de sa sanction de 10 M€",
         "Doctolib demande l'annulation de l'amende de la CNIL sur la conservation des données.", hours=3,
         site="next.ink")),
    ("one flaw named by its CVE id in both leads",
     art("Ivanti corrige une faille critique dans Connect Secure",
         "La vulnérabilité CVE-2027-1010 permet de contourner l'authentification."),
     art("Connect Secure : la faille d'Ivanti déjà exploitée",
         "Des pirates exploitent la CVE-2027-1010, prévient le CERT-FR.", hours=20, site="zdnet.fr")),
    ("a release and its family: iOS 28.0.1 / iOS 28",
     art("iOS 28.0.1 corrige un bug d'autonomie",
         "Apple publie une mise à jour qui corrige la batterie qui se vide sous iOS 28."),
     art("Batterie qui fond sous iOS 28 ? Apple déploie un correctif",
         "La mise à jour corrige la batterie qui se vide, Apple conseille de l'installer.", hours=3,
         site="frandroid.com")),
    ("a lead listing other lines of a product its title does not name",
     art("Windows 12 : installez vite la mise à jour de mars, une faille est exploitée",
         "La mise à jour de mars de Windows 12 corrige une faille déjà exploitée, prévient Microsoft."),
     art("Patch Tuesday : Microsoft corrige 80 failles, dont une déjà exploitée",
         "Les correctifs de mars touchent aussi Windows Server et Office ; une faille est déjà exploitée, prévient "
         "Microsoft.", hours=3, site="zdnet.fr")),
    ("a rival named in one title only",
     art("Qonto lève 300 millions d'euros pour défier Revolut",
         "La néobanque des PME prépare son arrivée en Allemagne et en Espagne."),
     art("Néobanque : Qonto boucle un tour de table de 300 M€",
         "La fintech française veut s'étendre en Allemagne.", hours=3, site="lesechos.fr")),
    ("a topic heading a title is no rival's name (its lead does not name it so)",
     art("L'État va remplacer Microsoft Teams et Zoom par ses propres outils",
         "Les ministères devront utiliser d'ici 2027 une messagerie et une visioconférence développées par la Dinum."),
     art("Souveraineté : les ministères priés d'abandonner les visioconférences américaines",
         "Une circulaire impose aux ministères de basculer d'ici 2027 vers les outils de messagerie et de "
         "visioconférence développés par la Dinum.", hours=4, site="next.ink")),
    ("an authority called in is no stranger to the victim's story",
     art("Cyberattaque contre le CHU de Nantes : les urgences perturbées",
         "Les patients sont orientés vers d'autres établissements."),
     art("Un CHU de l'Ouest paralysé par une cyberattaque, l'ANSSI mobilisée",
         "Le CHU de Nantes ne peut toujours pas accueillir de patients.", hours=45, site="next.ink")),
    ("a name standing alone on one side is a name of its own: 'MacBook Pro M6' / 'la puce M6'",
     art("Apple lance le MacBook Pro M6 : plus d'autonomie, même prix",
         "Le portable de 14 pouces reste vendu 1 999 euros."),
     art("La firme de Cupertino dote son portable le plus puissant de la puce M6", "Les précommandes ouvrent ce jour.",
         hours=3, site="lesnumeriques.com")),
    ("an amount in words in one title, abbreviated in the other",
     art("Microsoft va investir 4 milliards d'euros en France",
         "Le groupe annonce 4 milliards d'euros d'investissements dans ses centres de données français.",
         site="lesechos.fr"),
     art("Microsoft promet 4 Md€ pour ses datacenters français",
         "L'éditeur va agrandir ses centres de données en France pour 4 milliards d'euros.", hours=3,
         site="lemondeinformatique.fr")),
    ("an appeal before one authority against another's fine, each lead naming the other",
     art("Free conteste son amende de 42 millions devant le Conseil d'État",
         "L'opérateur a déposé un recours contre la sanction de la CNIL, qu'il juge disproportionnée."),
     art("Free fait appel de la sanction de la CNIL",
         "Iliad saisit le Conseil d'État et demande la suspension de la publicité de la décision.", hours=3,
         site="next.ink")),
    ("a defect told by the update behind it, and its black screen in other words",
     art("Windows 11 : la mise à jour de décembre bloque le démarrage de certains PC",
         "Des utilisateurs signalent un écran noir après l'installation du correctif cumulatif KB5072033."),
     art("Écran noir après la mise à jour Windows : comment désinstaller KB5072033",
         "Notre guide pour revenir en arrière en attendant le correctif promis par Microsoft.", hours=20,
         site="lesnumeriques.com")),
    ("one fine told hours apart, one title by its amount, the other by its grounds: the kind tells at once",
     art("L'Autorité de la concurrence inflige 150 millions d'euros d'amende à Google",
         "Le gendarme de la concurrence reproche au moteur de recherche d'avoir favorisé sa régie publicitaire."),
     art("Publicité en ligne : Google sanctionné pour avoir favorisé sa propre place de marché AdX",
         "La décision vise les pratiques du groupe dans la publicité programmatique en France.", hours=3,
         site="journaldunet.com")),
    ("one amount, exact in one title and rounded in the other",
     art("Patch Tuesday de janvier : Microsoft corrige 112 failles dont trois zero-day",
         "Le premier Patch Tuesday de l'année comble une vulnérabilité du noyau Windows déjà exploitée."),
     art("Le géant de Redmond comble une centaine de vulnérabilités, dont trois exploitées",
         "Microsoft publie ses correctifs mensuels, dont ceux du noyau Windows.", hours=12,
         site="lemondeinformatique.fr")),
    ("a keynote's article naming two devices, and one of them",
     art("Apple dévoile l'iPhone 18 Pro et l'Apple Watch Series 12", "La keynote de septembre en bref."),
     art("iPhone 18 Pro : prix, date de sortie et fiche technique", "Le nouveau smartphone d'Apple, dévoilé hier.",
         hours=2, site="frandroid.com")),
    ("a law one title names and the other does not is no other actor",
     art("DSA : Bruxelles ouvre une enquête formelle sur TikTok et la protection des mineurs",
         "La Commission soupçonne la plateforme de ne pas évaluer les risques de son fil pour les plus jeunes."),
     art("TikTok dans le viseur de la Commission européenne pour son algorithme jugé addictif",
         "Bruxelles lance une nouvelle procédure au titre du règlement sur les services numériques.", hours=2.3,
         site="lefigaro.fr")),
    ("two titles naming the same buyer and target, in other words",
     art("Capgemini en discussions exclusives pour racheter Talan",
         "Le géant français du conseil discute d'un rachat valorisant la société autour de 1,8 milliard."),
     art("Capgemini lorgne Talan, les négociations sont avancées",
         "Le groupe de services numériques pourrait annoncer l'opération d'ici quelques semaines.", hours=3,
         site="linforme.com")),
    ("an outage a title calls 'nouvelle', then its post-mortem the next day",
     art("OVHcloud : le cloud français à l'épreuve d'une nouvelle panne à Roubaix",
         "L'interruption de service subie mardi par OVHcloud sur son site de Roubaix relance le débat sur la "
         "résilience des hébergeurs nationaux.", site="lesechos.fr"),
     art("Panne de Roubaix : OVHcloud détaille l'origine de l'incident et promet des avoirs",
         "Au lendemain de la coupure, Octave Klaba a publié un post-mortem évoquant un onduleur défaillant.",
         hours=15.5, site="next.ink")),
    ("a fine, and hours later the firm saying it will contest it",
     art("La CNIL inflige 150 millions d'euros d'amende à Google pour des publicités dans Gmail",
         "Le gendarme de la vie privée reproche à Google d'avoir affiché des publicités sans consentement."),
     art("Sanction de la CNIL : Google annonce faire appel devant le Conseil d'État",
         "Le géant américain juge l'amende de 150 millions d'euros disproportionnée.", hours=5,
         site="next.ink")),
    ("a firm's quarterly results in other words, a market named in one title only",
     RESULTS[0], RESULTS[1]),
    ("layoffs told by a periphrasis naming nobody, one amount in both",
     art("Sopra Steria prépare un plan social de 450 postes en France",
         "Selon nos informations, l'ESN doit présenter cette semaine à son CSE central un projet de plan de "
         "sauvegarde de l'emploi visant 450 postes.", site="linforme.com"),
     art("L'ESN d'origine annécienne taille dans ses effectifs français",
         "Le groupe de services informatiques fondé à Annecy va supprimer 450 postes dans l'Hexagone, selon "
         "L'Informé.", hours=7, site="lesechos.fr")),
]

DIFFERENT = [
    ("a service launched and a price rise of one operator the same morning: two events, no device in both",
     art("Free active la 5G SA pour tous ses abonnés",
         "L'opérateur ouvre la 5G autonome à l'ensemble de ses clients mobiles.", site="frandroid.com"),
     art("Free Mobile augmente de 2 euros son forfait 5G",
         "L'opérateur relève le prix de son forfait mobile phare à partir de février.", hours=3, site="clubic.com")),
    ("two firms' rounds of one amount the same morning: each title opens on its firm",
     art("Nabla lève 60 millions d'euros pour son assistant médical",
         "La start-up française, qui rédige les comptes rendus de consultation, réalise une série C.",
         site="lesechos.fr"),
     art("Série B de 60 millions pour Dust",
         "La jeune pousse, fondée par deux anciens de Stripe, veut accélérer aux États-Unis.", hours=2.5,
         site="journaldunet.com")),
    ("layoffs told by a periphrasis, and another firm's of another amount",
     art("Sopra Steria prépare un plan social de 450 postes en France",
         "L'ESN doit présenter à son CSE central un projet visant 450 postes.", site="linforme.com"),
     art("L'ESN d'origine annécienne taille dans ses effectifs français",
         "Le groupe de services informatiques va supprimer 300 postes dans l'Hexagone.", hours=7,
         site="lesechos.fr")),
    ("a court's order to block IPTV, then three days on a bid for SFR: no kind of event in both titles",
     art("Orange, SFR, Bouygues et Free contraints de bloquer des services IPTV illégaux",
         "Les quatre grands opérateurs ont quinze jours pour rendre inaccessibles plusieurs centaines de noms de "
         "domaine liés à des abonnements IPTV pirates.", site="01net.com"),
     art("SFR : Orange, Bouygues et Free relèvent leur offre à 20,5 milliards d'euros",
         "Le consortium des trois opérateurs revient à la charge auprès d'Altice avec une proposition améliorée de "
         "plus de 3 milliards d'euros pour se partager SFR.", hours=65.5, site="lesechos.fr")),
    ("two acts of one authority a day apart, both titles naming it and no one else",
     art("La CNIL publie son bilan annuel : un record de sanctions",
         "Le gendarme des données personnelles a prononcé 80 sanctions en 2025, un record."),
     art("Vidéosurveillance : la CNIL met en demeure une dizaine de communes",
         "Les caméras installées sans analyse d'impact doivent être mises en conformité sous trois mois.", hours=24,
         site="next.ink")),
    ("two kinds of device of one keynote, each title naming its own, the smartphones' through a periphrasis",
     art("Le géant coréen dévoile ses nouveaux smartphones haut de gamme",
         "Samsung présente les Galaxy S26 et S26 Ultra lors de son Unpacked, avec Galaxy AI."),
     art("Galaxy Buds 4 Pro : Samsung revoit le design de ses écouteurs",
         "Présentés au même Unpacked que les Galaxy S26, les écouteurs abandonnent leurs tiges.", hours=0.3,
         site="frandroid.com")),
    ("a studio's closure, then a strike two days on at the same firm",
     art("Ubisoft : cent trente salariés concernés par la fermeture du studio d'Annecy",
         "La direction de l'éditeur justifie la fermeture par sa réorganisation en « maisons créatives »."),
     art("Grève chez Ubisoft : les salariés de plusieurs studios français débraient",
         "À l'appel du STJV, des employés de Paris, Montpellier et Annecy ont cessé le travail ce jeudi.", hours=49,
         site="numerama.com")),
    ("two devices of one maker hours apart, each article naming its own only",
     art("Apple passe enfin ses MacBook Pro à l'OLED", "Les portables pro d'Apple gagnent un écran OLED."),
     art("Apple passe enfin son iPad mini à l'OLED", "La petite tablette d'Apple gagne un écran OLED.",
         hours=6, site="igen.fr")),
    ("two outages of one cloud sixty hours apart, in other words: the kind tells little days apart",
     art("OVHcloud : une panne paralyse des serveurs à Roubaix", "Des milliers de clients privés de service."),
     art("OVHcloud : des sites inaccessibles après une panne DNS", "Des clients privés de service.", hours=60,
         site="next.ink")),
    ("two firms opening their titles, each unknown to the other article, cutting as many jobs: no public act",
     art("Mirakl supprime 100 postes en France", "La scale-up réduit ses effectifs."),
     art("Brevo supprime 100 postes en France", "La scale-up réduit ses effectifs.", hours=5, site="lesechos.fr")),
    ("two rounds of one amount by two start-ups that open their titles: no public act",
     art("Pigment lève 100 millions d'euros", "La start-up française du pilotage financier accélère."),
     art("Dust lève 100 millions d'euros", "La start-up française des agents IA accélère.", hours=3,
         site="lesechos.fr")),
    ("two outages of one cloud in two regions, hours apart",
     art("AWS : panne dans la région eu-west-3", "Des instances EC2 inaccessibles à Paris depuis ce matin."),
     art("AWS : panne dans la région us-east-1", "DynamoDB indisponible en Virginie, de nombreux services touchés.",
         hours=10, site="next.ink")),
    ("two outages of one cloud in two regions by their names",
     art("Azure : panne dans la région France Central", "Des clients privés de services cloud."),
     art("Azure : panne dans la région Europe de l'Ouest", "Des machines virtuelles inaccessibles aux Pays-Bas.",
         hours=20, site="silicon.fr")),
    ("two rulings about one firm a day apart, one court in a title, another in a lead",
     art("Publicité ciblée : revers majeur pour Meta devant la justice européenne",
         "La Cour de justice de l'UE juge illégal le modèle « payer ou consentir » de Facebook et Instagram."),
     art("Publicité : Meta condamné à verser 110 millions d'euros aux médias français",
         "Le tribunal des activités économiques de Paris donne raison aux éditeurs sur la publicité ciblée.",
         hours=29, site="lesechos.fr")),
    ("a model by its code, and a vague title whose lead names another model of the firm",
     art("AWS lance Trainium4 pour défier Nvidia",
         "La puce d'entraînement d'Amazon Web Services promet quatre fois plus de performances."),
     art("Le numéro un du cloud présente sa nouvelle puce serveur",
         "Amazon Web Services dévoile Graviton6, son processeur Arm pour les instances de calcul.",
         hours=9, site="usine-digitale.fr")),
    ("layoffs then a strike at the same firm",
     art("AWS se sépare d'une soixantaine de salariés", "Une soixantaine de postes concernés chez AWS France."),
     art("Grève chez AWS France : les salariés débraient", "Les salariés d'AWS France dénoncent le plan de départs.",
         hours=50, site="next.ink")),
    ("two ransomware attacks on two hospitals, the second recalling the first",
     art("Le CHU de Rennes paralysé par un rançongiciel", "Le CHU de Rennes fonctionne en mode dégradé."),
     art("L'hôpital de Cannes victime d'un rançongiciel",
         "Le centre hospitalier de Cannes frappé au lendemain de l'attaque contre le CHU de Rennes.",
         hours=25, site="zdnet.fr")),
    ("two outages of one cloud a week apart",
     art("OVHcloud : panne de plusieurs heures à Roubaix", "Des serveurs d'OVHcloud indisponibles."),
     art("OVHcloud : nouvelle panne, à Strasbourg", "Une coupure des serveurs d'OVHcloud.", hours=8 * 24,
         site="next.ink")),
    ("two Patch Tuesdays, a month apart",
     art("Patch Tuesday de mars : Microsoft corrige 57 vulnérabilités", "Microsoft comble 57 failles."),
     art("Patch Tuesday d'avril : Microsoft corrige 121 vulnérabilités", "Microsoft comble 121 failles.",
         hours=35 * 24, site="zdnet.fr")),
    ("one regulator, one day, two firms fined",
     art("Bruxelles inflige 500 millions d'euros d'amende à Apple", "La Commission sanctionne Apple au titre du DMA."),
     art("Bruxelles inflige 200 millions d'euros d'amende à Meta", "La Commission sanctionne Meta au titre du DMA.",
         hours=0.5, site="numerama.com")),
    ("two launches of one vendor, days apart",
     art("Mistral AI lance Le Chat Enterprise", "Mistral AI décline son assistant pour les entreprises."),
     art("Mistral AI lève 1,7 milliard d'euros", "Mistral AI boucle une levée de fonds menée par ASML.",
         hours=-48, site="lesechos.fr")),
    ("weekly roundups never merge, not even with the week's stories",
     art("L'essentiel de la semaine : AWS et Mistral AI", "Les départs chez AWS France et la levée de Mistral AI."),
     art("L'essentiel de la semaine : AWS et Mistral AI", "Les départs chez AWS France et la levée de Mistral AI.",
         hours=7 * 24)),
    ("two layoff plans of one firm, told in shares",
     art("Intel va supprimer 15 % de ses effectifs", "Le fondeur va se séparer de 15 % de ses salariés."),
     art("Intel va supprimer 10 % de ses effectifs", "Le fondeur va se séparer de 10 % de ses salariés.",
         hours=30, site="lesechos.fr")),
    ("a title that says it happens again, days later",
     art("Panne géante de Microsoft 365 : Outlook et Teams inaccessibles", "Outlook et Teams sont en panne."),
     art("Microsoft 365 à nouveau en panne : Outlook et Teams inaccessibles", "Outlook et Teams sont en panne.",
         hours=60, site="01net.com")),
    ("two versions of one product",
     art("Apple dévoile iOS 27 à la WWDC", "Apple présente la prochaine version du système de l'iPhone."),
     art("Apple publie iOS 26.5.1 pour l'iPhone", "La version actuelle du système de l'iPhone, avant iOS 27.",
         hours=40, site="frandroid.com")),
    ("a layoff plan said in two words, then a sale",
     art("Worldline prépare un plan social", "Le groupe de paiement va se séparer de plusieurs centaines de salariés."),
     art("Worldline cède son activité de billettique", "Deux jours après son plan social, le groupe de paiement "
         "vend une activité.", hours=48, site="silicon.fr")),
    ("one kind of event at another firm, 'à son tour'",
     art("Fuite de données chez Boulanger : des millions de clients concernés", "Boulanger confirme la fuite."),
     art("Après Boulanger, Cultura victime à son tour d'une fuite de données", "Cultura confirme une fuite "
         "de données de ses clients, deux jours après Boulanger.", hours=40, site="numerama.com")),
    ("one regulator, one day, two firms sanctioned, no amounts",
     art("Cookies : la CNIL sanctionne Cdiscount", "La CNIL reproche au site des cookies déposés sans consentement "
         "des internautes.", site="next.ink"),
     art("Données de santé : la CNIL sanctionne Harmonie Mutuelle", "La CNIL reproche à la mutuelle des failles "
         "de sécurité exposant les données des internautes.", hours=3, site="lemondeinformatique.fr")),
    ("a strike against a layoff plan, then the plan",
     art("Grève chez Ubisoft : les salariés débrayent contre le plan de départs",
         "Les salariés d'Ubisoft cessent le travail contre le plan de départs de 180 postes.", site="bfmtv.com"),
     art("Ubisoft confirme un plan de départs de 180 postes",
         "Ubisoft prévoit 180 départs via un plan de départs dans ses studios français.", hours=-30, site="lesechos.fr")),
    ("a daily roundup naming a story",
     art("Les 5 infos tech du jour : iOS 27, fuite chez Cultura, zero-day dans Chrome",
         "Au menu : iOS 27 disponible, Cultura victime d'une fuite de données de clients, une faille Chrome."),
     art("Cultura victime d'une fuite de données de clients", "Cultura confirme une fuite de données de ses clients.",
         hours=2, site="numerama.com")),
    ("a title opening on another firm's event ('Après Cultura, une autre enseigne')",
     art("Cultura victime d'une fuite de données : 1,5 million de clients concernés",
         "L'enseigne culturelle confirme le vol de noms, d'adresses et de numéros de téléphone.", site="numerama.com"),
     art("Après Cultura, une autre enseigne française touchée par une fuite de données",
         "Le distributeur confirme à son tour le vol de données de clients, comme Cultura la veille.", hours=20,
         site="clubic.com")),
    ("a lead recalling the launch days before a price rise",
     art("Freebox Ultra 2 : prix, débits et services inclus, tout savoir sur la nouvelle box de Free",
         "Le répéteur passe au Wi-Fi 8 et le serveur de la Freebox Ultra 2 intègre 1 To.", site="clubic.com"),
     art("Free augmente le prix de son forfait 5G de 2 € par mois",
         "Deux jours après le lancement de la Freebox Ultra 2 et de son répéteur Wi-Fi 8, Free annonce une hausse "
         "du forfait 5G, qui passe à 21,99 € par mois.", hours=40, site="01net.com")),
    ("the month's Patch Tuesday, then a fix outside it",
     art("Patch Tuesday de novembre : Microsoft corrige 63 failles, dont une zero-day",
         "Microsoft corrige 63 vulnérabilités de Windows et d'Exchange, dont une faille exploitée.", site="lemagit.fr"),
     art("Mise à jour hors bande : Windows Server exposé à une faille critique du Bureau à distance",
         "Microsoft corrige une faille critique de Windows et d'Exchange, une zero-day déjà exploitée.", hours=40,
         site="zdnet.fr")),
    ("one authority, two firms, one named in other words",
     art("Meetic condamné à 2,5 millions d'euros par la CNIL", "La CNIL reproche au site de rencontres d'avoir "
         "conservé trop longtemps les données de ses membres.", site="numerama.com"),
     art("Le cybermarchand bordelais condamné par le gendarme des données personnelles",
         "La CNIL sanctionne le site de commerce pour des cookies et des SMS envoyés sans consentement.", hours=3,
         site="lemondeinformatique.fr")),
    ("one brand, one trade show, two product lines: a place in two words is one name",
     art("Au CES, le géant coréen veut enterrer l'OLED avec ses nouvelles dalles",
         "Samsung a profité de sa conférence d'avant-salon pour montrer des écrans Micro RGB plus lumineux. "
         "Nous les avons vus de près à Las Vegas.", site="01net.com"),
     art("Frigo, lave-linge, aspirateur robot : chez Samsung, toute la maison parle désormais à l'IA",
         "La plateforme SmartThings est au cœur des annonces électroménager de Samsung à Las Vegas : un écran de "
         "32 pouces sur la porte du frigo.", hours=17, site="numerama.com")),
    ("a product whose number is its name is no release: two Microsoft 365 announcements",
     art("Microsoft 365 : Copilot arrive dans les abonnements des PME",
         "Les abonnements Microsoft 365 Business incluront Copilot, annonce Microsoft, pour les entreprises de moins "
         "de 300 salariés."),
     art("Microsoft 365 : un nouvel outil de sauvegarde pour les entreprises",
         "Microsoft ajoute à Microsoft 365 une sauvegarde des données des entreprises abonnées.", hours=4,
         site="lemagit.fr")),
    ("a standard is no release: one maker's two Wi-Fi 7 products a day apart",
     art("Netgear lance un routeur Wi-Fi 7 pour les PME",
         "Le routeur Wi-Fi 7 de Netgear vise les petites entreprises, à 399 euros."),
     art("Netgear : un répéteur Wi-Fi 7 pour la maison",
         "Netgear vend un répéteur Wi-Fi 7 à 199 euros pour étendre le réseau de la box.", hours=30,
         site="frandroid.com")),
    ("a title opening on another firm's leak, the firm opening the other title",
     art("Cultura victime d'une fuite de données clients",
         "Les noms et adresses de clients de Cultura ont fuité, prévient l'enseigne."),
     art("Après Cultura, une autre enseigne touchée par une fuite de données clients",
         "Les noms et adresses de clients de l'enseigne ont fuité, quelques jours après la fuite chez Cultura.",
         hours=20, site="zdnet.fr")),
    ("one maker's two machines of one week, two chips of one series: M6 / M5",
     art("La firme de Cupertino dote son portable le plus vendu de la puce M6",
         "Apple promet plus d'autonomie et garde son prix de départ, comme pour l'iPad Air."),
     art("Nouvel iPad Air M5 : Apple promet plus d'autonomie, même prix",
         "La tablette reçoit la puce M5, quand le MacBook passe au M6 : Apple garde son prix de départ.", hours=2,
         site="frandroid.com")),
    ("two hospitals of one département attacked the same day",
     art("Le CHU de Grenoble visé par un rançongiciel",
         "Les urgences de l'hôpital de l'Isère fonctionnent en mode dégradé."),
     art("Cyberattaque à l'hôpital de Voiron : les urgences en mode dégradé",
         "Le centre hospitalier de l'Isère a été frappé par un rançongiciel.", hours=5, site="next.ink")),
    ("one firm's two announcements at one trade show: the show is no actor",
     art("OVHcloud dévoile ses serveurs à refroidissement liquide au salon VivaTech",
         "L'hébergeur a présenté à VivaTech une gamme de serveurs refroidis à l'eau, disponibles en septembre."),
     art("OVHcloud va ouvrir un centre de données à Marseille",
         "L'hébergeur a annoncé à VivaTech un nouveau centre de données, qui ouvrira en septembre.", hours=2,
         site="lesechos.fr")),
    ("two releases of two systems at one keynote: iOS 28 / macOS 28",
     art("iOS 28 officiel : Apple dévoile toutes les nouveautés de son système",
         "Apple a présenté lundi soir iOS 28 et ses nouveautés pour l'iPhone, disponibles en septembre."),
     art("macOS 28 : Apple dévoile les nouveautés de son système pour Mac",
         "Apple a présenté lundi soir macOS 28, disponible en septembre, qui abandonne les Mac Intel.", hours=1,
         site="01net.com")),
    ("two authorities' decisions about one firm",
     art("La CNIL inflige une amende à Google pour ses cookies",
         "Le gendarme de la vie privée sanctionne Google pour le dépôt de cookies sans consentement."),
     art("L'Autorité de la concurrence sanctionne Google",
         "Google est sanctionné pour abus de position dominante dans la publicité en ligne.", hours=5,
         site="lesechos.fr")),
    ("an authority in one title, another in the other's lead",
     art("La CNIL inflige une amende de 50 millions d'euros à Google",
         "Le gendarme de la vie privée sanctionne Google pour le dépôt de cookies sans consentement."),
     art("Google condamné à une amende pour abus de position dominante",
         "L'Autorité de la concurrence sanctionne Google pour ses pratiques dans la publicité en ligne.", hours=5,
         site="lesechos.fr")),
    ("two towns heading two titles told alike",
     art("Rennes : l'hôpital frappé par des pirates",
         "Le CHU a été visé par un rançongiciel dans la nuit, les urgences fonctionnent en mode dégradé."),
     art("Cannes : l'hôpital frappé par des pirates",
         "Le CHU a été visé par un rançongiciel dans la nuit, les urgences fonctionnent en mode dégradé.", hours=5,
         site="lesechos.fr")),
    ("two start-ups' products at one trade show, in one city",
     art("Au CES, une start-up française dévoile un robot aspirateur qui monte les escaliers",
         "Présenté au CES de Las Vegas, le robot aspirateur sera vendu 1 500 euros en France à la rentrée."),
     art("CES 2027 : un robot de cuisine français qui prépare les repas seul",
         "Exposé au CES de Las Vegas, l'appareil cuisine une vingtaine de recettes et arrivera en France l'an "
         "prochain.", hours=5, site="lesechos.fr")),
    ("one product's two flaws days apart, by their CVE ids",
     art("Ivanti corrige une faille critique dans Connect Secure",
         "La vulnérabilité CVE-2027-1010 permet de contourner l'authentification."),
     art("Connect Secure : Ivanti alerte sur une faille critique exploitée",
         "La vulnérabilité CVE-2027-2020 est exploitée par un groupe chinois, prévient l'éditeur.", hours=60,
         site="zdnet.fr")),
    ("one cloud's two outages in two towns",
     art("Panne chez OVHcloud : des milliers de sites inaccessibles",
         "Un incident électrique dans le datacenter de Roubaix a coupé des milliers de sites."),
     art("OVHcloud : une panne réseau perturbe ses clients de Strasbourg",
         "Un incident réseau a coupé des milliers de sites hébergés à Strasbourg.", hours=60, site="next.ink")),
    ("a launch then a recall",
     art("Xiaomi lance une trottinette électrique à 399 euros",
         "La trottinette promet 40 km d'autonomie et arrive en France en mai."),
     art("Xiaomi rappelle sa trottinette électrique pour un risque de chute",
         "Un défaut de frein touche la trottinette vendue en France depuis mai.", hours=40, site="01net.com")),
    ("a fine then its appeal",
     art("La CNIL inflige 10 millions d'euros d'amende à Doctolib",
         "Le gendarme de la vie privée reproche à Doctolib la conservation des données de patients."),
     art("Doctolib fait appel de son amende de 10 millions d'euros",
         "Doctolib conteste devant le Conseil d'État la sanction de la CNIL sur les données de patients.", hours=48,
         site="next.ink")),
    ("one operator's two outages, 'ce lundi' and 'ce jeudi'",
     art("Free Mobile en panne ce lundi : appels et SMS impossibles",
         "Des milliers d'abonnés de Free Mobile ne peuvent plus appeler depuis ce matin, l'opérateur enquête."),
     art("Free Mobile en panne ce jeudi, les appels coupés dans toute la France",
         "Des milliers d'abonnés de Free Mobile ne peuvent plus appeler depuis ce matin, l'opérateur enquête.",
         hours=70, site="01net.com")),
    ("one maker's two product lines: the Livebox Max, the Livebox Fibre's price",
     art("Livebox Max : prix, débits et services, tout savoir sur la nouvelle box d'Orange",
         "L'opérateur propose sa Livebox Max à 49,99 euros par mois avec le Wi-Fi 7."),
     art("Orange augmente le prix de la Livebox Fibre de 2 euros par mois",
         "Les abonnés de l'opérateur à la Livebox Fibre paieront 2 euros de plus par mois.", hours=5,
         site="01net.com")),
    ("two phones of one keynote: a numbered line and a named one (iPhone 19 Pro / iPhone Flip)",
     art("iPhone 19 Pro : fiche technique, prix et date de sortie en France",
         "Apple vend son iPhone 19 Pro à partir de 1 329 euros, avec un écran plus lumineux, en précommande dès "
         "vendredi."),
     art("iPhone Flip : 2 499 euros pour le premier iPhone à clapet d'Apple",
         "Apple vend son iPhone Flip à 2 499 euros, avec un écran plus lumineux, en précommande dès vendredi.",
         hours=2, site="01net.com")),
    ("a title naming the phone alone, its lead naming the other line",
     art("iPhone 19 Pro : fiche technique, prix et date de sortie",
         "Apple vend son iPhone 19 Pro à partir de 1 329 euros, en précommande dès vendredi."),
     art("Apple dévoile enfin son premier iPhone à clapet",
         "Apple lève le voile sur l'iPhone Flip, vendu 2 499 euros, en précommande dès vendredi.", hours=2,
         site="journaldugeek.com")),
    ("an outage then a price change of one product",
     art("Microsoft 365 : de nouveaux tarifs pour les entreprises au 1er juillet",
         "Les abonnements Microsoft 365 des entreprises changent au 1er juillet, annonce Microsoft."),
     art("Microsoft 365 inaccessible pour de nombreux utilisateurs ce matin",
         "Les entreprises abonnées à Microsoft 365 ne peuvent plus ouvrir Teams ni Outlook.", hours=5,
         site="01net.com")),
    ("one operator's price rise and its network opened to all, the same day",
     art("Free Mobile augmente de 2 euros son forfait 5G à partir de février",
         "Le forfait Free 5G passera de 19,99 à 21,99 euros par mois pour les abonnés de Free."),
     art("5G SA : Free ouvre la vraie 5G à tous ses clients",
         "Free étend à tous les abonnés de son forfait 5G la 5G standalone, le jour où il annonce une hausse.",
         hours=4, site="01net.com")),
    ("two launches of one firm at one show: launching shares no event",
     art("re:Invent : AWS dévoile Trainium4, sa puce d'entraînement",
         "Amazon Web Services présente à Las Vegas sa puce pour le cloud, fournisseur de ses propres serveurs."),
     art("re:Invent : AWS étend son European Sovereign Cloud à la France",
         "Le fournisseur de cloud Amazon Web Services annonce à Las Vegas son cloud souverain en France.",
         hours=26, site="silicon.fr")),
    ("two fines of one firm by two authorities, the second's named only where its lead recalls it",
     art("Produits dangereux : la plateforme chinoise Temu sanctionnée par Bruxelles",
         "Temu écope de 200 millions d'euros d'amende pour ne pas avoir protégé les consommateurs européens."),
     art("Prix barrés bidons sur Temu : ce que la sanction change pour les acheteurs",
         "Après l'amende prononcée par la DGCCRF, la plateforme Temu doit protéger les consommateurs européens.",
         hours=40, site="20minutes.fr")),
    ("a law's vote and a firm's reaction to it",
     art("Interdiction des réseaux sociaux aux moins de 15 ans : ce que contient le texte adopté",
         "Les députés ont adopté la proposition de loi, qui doit encore passer au Sénat."),
     art("Réseaux sociaux interdits aux moins de 15 ans : TikTok dénonce un texte inapplicable",
         "La plateforme chinoise juge la vérification d'âge prévue par la proposition de loi impossible à mettre en "
         "œuvre.", hours=20, site="bfmtv.com")),
    ("two variants of one release, the same day",
     art("Google lance Gemini 4 Pro, son modèle d'IA le plus puissant",
         "Google présente Gemini 4, son nouveau modèle d'IA, pour les développeurs et les entreprises."),
     art("Google complète sa gamme avec Gemini 4 Flash, plus rapide et moins cher",
         "Google présente Gemini 4, son nouveau modèle d'IA, pour les développeurs et les smartphones.", hours=3,
         site="frandroid.com")),
    ("two rulings about one firm by two courts",
     art("Les prud’hommes de Paris requalifient 140 chauffeurs Uber en salariés",
         "Les juges parisiens estiment que les chauffeurs Uber de la plateforme étaient subordonnés."),
     art("La cour d’appel de Paris confirme la condamnation d’Uber envers les taxis",
         "Les juges parisiens confirment que la plateforme Uber a fait une concurrence déloyale aux chauffeurs de "
         "taxi.", hours=20, site="lesechos.fr")),
    ("one firm's strikes in two countries",
     art("En Allemagne, des milliers de salariés d'Amazon en grève à l'appel de Verdi",
         "Les salariés des entrepôts d'Amazon réclament de meilleurs salaires."),
     art("Grève dans plusieurs entrepôts d'Amazon en France pour les salaires",
         "Les salariés des entrepôts d'Amazon réclament de meilleurs salaires.", hours=20, site="bfmtv.com")),
    ("a firm's new leak and the trial of its old one",
     art("France Travail victime d'une nouvelle fuite de données",
         "Les données de 340 000 inscrits de France Travail ont été dérobées par des pirates."),
     art("Piratage de France Travail : trois jeunes hackers renvoyés devant le tribunal correctionnel",
         "Les pirates avaient dérobé les données d'inscrits de France Travail.", hours=6, site="lemonde.fr")),
    ("two leaks at two shops, their leads opening on one common word",
     art("Decathlon confirme une fuite de données touchant ses clients",
         "Noms, adresses e-mail et commandes des clients ont été dérobés, reconnaît l'enseigne."),
     art("Intersport : des données clients dérobées, l'enseigne alerte par e-mail",
         "Nom, prénom et téléphone des clients font partie des informations dérobées.", hours=30, site="01net.com")),
    ("a phone's launch, then the update that blocks it, two days on",
     art("Fairphone 7 : le smartphone réparable lancé avec huit ans de mises à jour",
         "Le Fairphone 7 est vendu 599 euros ; les premiers appareils sont livrés aux clients de Fairphone."),
     art("Fairphone 7 : une mise à jour bloque des appareils au démarrage",
         "Les premiers appareils Fairphone 7 livrés aux clients ne démarrent plus après la mise à jour.", hours=50,
         site="frandroid.com")),
    ("two products of one keynote, the lead of one naming the other beside it",
     art("Galaxy S26 Ultra : Samsung mise tout sur l'IA et un nouveau capteur photo",
         "Écran anti-reflets et capteur de 200 Mpx : l'essentiel des annonces de Samsung pour ses Galaxy S26."),
     art("Galaxy Buds 4 Pro : Samsung renouvelle aussi ses écouteurs",
         "Annoncés aux côtés des Galaxy S26, les nouveaux écouteurs de Samsung adoptent un design sans tige.",
         hours=1, site="clubic.com")),
    ("a model's launch, then a row over its benchmarks two days on, both titles naming it",
     art("Mistral AI lance Mistral Medium 4", "Le nouveau modèle vise les entreprises et rivalise avec GPT-5."),
     art("Mistral Medium 4 : des chercheurs soupçonnent une contamination des benchmarks",
         "Des chercheurs estiment que Mistral Medium 4 a vu les questions des tests pendant son entraînement.",
         hours=49, site="next.ink")),
    ("a product's end of support and the month's fixes of the same day",
     art("C'est fini pour de bon : l'ancien système de Microsoft ne recevra plus de correctifs",
         "Windows 10 sort du support étendu grand public ce mardi."),
     art("Patch Tuesday d'octobre : Microsoft corrige 83 vulnérabilités dont trois zero-day",
         "Le lot mensuel de correctifs comble 83 failles dans Windows, Office et Hyper-V.", hours=9,
         site="lemondeinformatique.fr")),
    ("two vendors' price rises of one day, their leads naming products of words of one stem",
     art("Microsoft augmente de 10 % le prix de ses serveurs sur site",
         "À partir de février, les licences d'Exchange Server et SharePoint Server augmentent de 10 %."),
     art("Salesforce relève ses prix de 6 % en moyenne",
         "Sales Cloud et Service Cloud augmentent à compter de février ; l'éditeur justifie la hausse par l'IA.",
         hours=4.7, site="lemondeinformatique.fr")),
    ("two announcements of one show: the show names no actor",
     art("SAP étend Joule avec un atelier de création d'agents",
         "Lors de sa conférence TechEd, l'éditeur allemand a dévoilé Joule Studio, qui permet aux clients de bâtir "
         "leurs propres agents à partir de modèles préconfigurés pour la finance et les achats.",
         site="lemondeinformatique.fr"),
     art("SAP TechEd : Joule for Developers écrit désormais du code ABAP",
         "L'assistant de SAP pour les développeurs génère et explique du code ABAP Cloud, et propose de migrer "
         "automatiquement des développements spécifiques hérités d'ECC.", hours=20)),
    ("a summit's record and one firm's project announced there: the summit names no actor",
     art("Un gigawatt à Saint-Avold : le pari lorrain de Sam Altman",
         "Le patron d'OpenAI a détaillé à Versailles un investissement de 15 milliards d'euros, le premier de cette "
         "ampleur de l'entreprise en Europe continentale.", site="latribune.fr"),
     art("Choose France : 41 milliards d'euros d'investissements annoncés, un record",
         "La neuvième édition du sommet a réuni à Versailles 200 patrons étrangers ; Emmanuel Macron se félicite de "
         "58 projets et 12 000 emplois.", hours=7.5, site="lefigaro.fr")),
    ("nothing in common but a country",
     art("Capgemini prévoit 3 000 recrutements en France"),
     art("Microsoft va investir 4 milliards d'euros en France", hours=3, site="lesechos.fr")),
]


@pytest.mark.parametrize("reason,a,b", SAME, ids=[c[0] for c in SAME])
def test_same_story(reason, a, b):
    assert same_story(feats(a), feats(b)) and same_story(feats(b), feats(a)), reason


@pytest.mark.parametrize("reason,a,b", DIFFERENT, ids=[c[0] for c in DIFFERENT])
def test_not_same_story(reason, a, b):
    assert not same_story(feats(a), feats(b)) and not same_story(feats(b), feats(a)), reason


def test_score_is_symmetric_and_needs_more_evidence_on_one_site_and_with_time():
    a, b = SAME[0][1], SAME[0][2]
    assert score(feats(a), feats(b)) == score(feats(b), feats(a)) > 0
    # the same two articles, beyond the window: no story
    late = StoryArticle(b.id, b.title, b.lead, a.published + timedelta(hours=80), b.site)
    assert score(feats(a), feats(late)) == 0


# --------------------------------------------------------------------------- index

LAYOFFS = [
    art("AWS se sépare d'une soixantaine de salariés", "Une soixantaine de postes chez AWS France.", 0, "lemagit.fr", 10),
    art("Amazon Web Services supprime 60 postes en France", "Plan de départs chez AWS France.", 2, "silicon.fr", 11),
    art("Layoffs chez AWS France", "AWS France va supprimer une soixantaine d'emplois.", 4, "zdnet.fr", 12),
]
STRIKE = art("Grève chez AWS France : les salariés débraient", "Les salariés d'AWS France cessent le travail.",
             30, "next.ink", 13)


def test_assign_groups_one_event_and_starts_a_story_for_another():
    index = StoryIndex(aliases=AWS)
    assert [index.assign(a) for a in LAYOFFS] == [10, 10, 10]  # a story is its first article's id
    assert index.assign(STRIKE) == 13
    assert len(index) == 4


def test_an_article_sharing_only_the_firm_and_the_kind_of_event_is_found():
    index = StoryIndex()
    assert [index.assign(a) for a in RESULTS] == [30, 30]


def test_add_reloads_grouped_articles_and_assign_joins_their_story():
    index = StoryIndex(aliases=AWS)
    index.add(LAYOFFS[0], 7)  # grouped earlier under story 7 (its first article expired since)
    assert index.assign(LAYOFFS[1]) == 7


def test_expire_forgets_articles_older_than_the_window():
    index = StoryIndex(window=timedelta(hours=72), aliases=AWS)
    index.assign(LAYOFFS[0])
    index.expire(LAYOFFS[0].published + timedelta(hours=71))
    assert len(index) == 1
    index.expire(LAYOFFS[0].published + timedelta(hours=73))
    assert len(index) == 0
    assert index.assign(LAYOFFS[1]) == LAYOFFS[1].id  # nothing left to join


def test_the_best_scoring_story_is_chosen():
    index = StoryIndex(aliases=AWS)
    weak = art("AWS France : des départs", "Des salariés d'AWS France partent, une soixantaine de postes.", 0,
               "linforme.com", 20)
    strong = art("AWS supprime une soixantaine de postes en France",
                 "AWS supprime une soixantaine de postes dans sa filiale France.", 1, "silicon.fr", 21)
    index.add(weak, 20)
    index.add(strong, 99)  # another story, closer in words to the newcomer
    newcomer = art("AWS supprime une soixantaine de postes en France",
                   "AWS France supprime une soixantaine de postes dans sa filiale.", 2, "zdnet.fr", 22)
    f = features(newcomer, AWS)
    assert score(f, features(strong, AWS)) > score(f, features(weak, AWS))
    assert index.assign(newcomer) == 99


# --------------------------------------------------------------------------- labelled set

# The sets written blind to the code, each measured once before it became a tuning set.
BLIND_SETS = {m.__name__.rsplit(".", 1)[1]: m for m in (fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8,
                                                          fresh9, fresh10, fresh11, fresh12, fresh13, fresh14,
                                                          fresh15, fresh16, fresh17, fresh18, fresh19, fresh20,
                                                          fresh21, fresh22, fresh23, fresh24, fresh25, fresh26,
                                                          fresh27, fresh28, fresh29, fresh30, fresh31,
                                                          fresh32, fresh33, fresh34, fresh35, fresh36,
                                                          fresh37, fresh38, fresh39, fresh40, fresh41,
                                                          fresh42, fresh43, fresh44, fresh45, fresh46, fresh47,
                                                          fresh48, fresh49, fresh50, fresh51, fresh52, fresh53,
                                                          fresh54, fresh55, fresh56, fresh57, fresh58, fresh59,
                                                          fresh60, fresh61, fresh62, fresh63, fresh64, fresh65,
                                                          fresh66, fresh67, fresh68, fresh69, fresh70, fresh71,
                                                          fresh72, fresh73, fresh74, fresh75, fresh76, fresh77,
                                                          fresh78, fresh79, fresh80, fresh81, fresh82, fresh83,
                                                          fresh84, fresh85, fresh86, fresh87, fresh88, fresh89,
                                                          fresh90, fresh91, fresh92, fresh93, fresh94)}
BLIND = tuple(BLIND_SETS)


def evaluate(half: str | None) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of "same story" over one half (None: dev and held), in
    published order; "fresh" to "fresh94" are the sets written blind to the code."""
    if half in BLIND_SETS:
        articles = BLIND_SETS[half].ARTICLES
    else:
        articles = [a for a in ARTICLES if half is None or a.half == half]
    index = StoryIndex(aliases=Aliases.from_groups(ALIASES))
    story = {a.id: index.assign(StoryArticle(a.id, a.title, a.lead, a.published, a.site)) for a in articles}
    tp = fp = fn = 0
    for x, y in itertools.combinations(articles, 2):
        truth, said = x.event == y.event, story[x.id] == story[y.id]
        tp += truth and said
        fp += said and not truth
        fn += truth and not said
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn, len(articles)


FRESH_RECALL_SHORT = pytest.mark.xfail(
    reason="recall on most sets written blind to the code is below 0.85 (0.71 to 0.97 once tuned on, "
           "0.61 to 0.99 when first measured): an event told with few shared words (\"Keynote d'Apple : "
           "toutes les annonces à retenir\", a law named by its subject) is not found by comparing words",
    strict=False)

# Look-alikes a set revealed that no rule tells apart without losing more true pairs (issue 12)
PRECISION_SHORT = {
    # fresh23 (0.978), fresh31 (0.946 at first measure), fresh34 (0.954), fresh39, fresh42 (0.920), fresh43
    # (0.875), fresh44 (0.878), fresh53 (0.969), fresh55 (0.961), fresh57 (0.950), fresh60
    # (0.962) and fresh65 (0.975) reach the target since they were tuned on: a game's DLC and its port two days
    # apart share no kind of event (LATE_GAP); a show's preview, a live blog and a "Cyberhebdo" are roundups; a
    # town hall and a hospital are two victims; an outage joins no story of a launch (the docstrings of the
    # sets say more)
    "fresh17": pytest.mark.xfail(
        reason="precision 0.980 (just under) on fresh17 since stop 30: two sports federations' leaks two days apart, "
               "\"Après le tennis, la Fédération française de handball victime…\" naming the first by its sport",
        strict=True),
    "fresh43": pytest.mark.xfail(
        reason="precision 0.971 on fresh43 since stop 30: Nimbeo's round \"to reach SecNumCloud\" and Bleu's "
               "SecNumCloud qualification the next day share the label, the ANSSI and its words",
        strict=True),
    "fresh48": pytest.mark.xfail(
        reason="precision 0.977 on fresh48 since stop 30: a test of Claude Opus 5 joins the Claude outage of the "
               "day after its launch, which names Opus 5",
        strict=True),
    "fresh51": pytest.mark.xfail(
        reason="precision 0.960 on fresh51 (0.950 at first measure): two games of one Nintendo Direct, a ranking "
               "of Vinted and Leboncoin and Leboncoin's answer to Vinted the next day",
        strict=True),
    "fresh52": pytest.mark.xfail(
        reason="precision 0.969 on fresh52 (0.965 at first measure): Mistral's cloud opened and its Magistral 2 "
               "launched the same VivaTech morning",
        strict=True),
    "fresh54": pytest.mark.xfail(
        reason="precision 0.967 on fresh54 (0.861 at first measure): Microsoft 365 Copilot's price and GitHub "
               "Copilot's billing of one day; Windows' market share and Microsoft's price rise of one day",
        strict=True),
    "fresh56": pytest.mark.xfail(
        reason="precision 0.912 on fresh56 (0.779 at first measure): one firm's several announcements at one show "
               "(AWS's investment and its Marseille zone, Windows' agents and Edge's at Build, Nvidia's chip and "
               "Qualcomm's answer at Computex)",
        strict=True),
    "fresh58": pytest.mark.xfail(
        reason="precision 0.979 on fresh58 (0.895 at first measure): AWS's two outages of one week, "
               "the second one's first articles naming no region",
        strict=True),
    "fresh63": pytest.mark.xfail(
        reason="precision 0.930 on fresh63 (0.927 at first measure): iOS 27 and its features withheld in Europe "
               "the next day; AMD's Zen 6 and a console built on it the next day",
        strict=True),
    "fresh66": pytest.mark.xfail(
        reason="precision 0.970 on fresh66 (0.969 at first measure): Qualcomm's two Snapdragon chips of one show, "
               "\"Snapdragon X3\" naming no version",
        strict=True),
    "fresh67": pytest.mark.xfail(
        reason="precision 0.887 on fresh67 (0.850 at first measure): a sales chart, two games of one Nintendo "
               "Direct and a Switch 2 battery bug of one evening",
        strict=True),
    "fresh68": pytest.mark.xfail(
        reason="precision 0.972 on fresh68 (0.948 at first measure): two announcements of one GTC keynote "
               "(Vera Rubin, the DGX Station)",
        strict=True),
    "fresh69": pytest.mark.xfail(
        reason="precision 0.979 on fresh69 (0.977 at first measure): iOS 27 and the ID card in Apple Wallet of "
               "one WWDC",
        strict=True),
    # held out to the end of stop 28, measured once then; tuned on at stop 30
    "fresh76": pytest.mark.xfail(reason="precision 0.939 on fresh76 (0.935 at first measure)", strict=True),
    "fresh78": pytest.mark.xfail(reason="precision 0.956 on fresh78 (0.955 at first measure)", strict=True),
    "fresh82": pytest.mark.xfail(reason="precision 0.977 on fresh82 (0.977 at first measure)", strict=True),
    # held out until measured once in stop 30 (on 09c9d91), then tuned on
    "fresh86": pytest.mark.xfail(reason="precision 0.964 on fresh86 (0.963 at first measure)", strict=True),
    # held out to the end of stop 30, measured once on the code that lands; nothing was written for them
    "fresh90": pytest.mark.xfail(reason="precision 0.974 on fresh90, held out", strict=True)}
HALVES = pytest.mark.parametrize(
    "half", ["dev", "held", *(pytest.param(b, marks=PRECISION_SHORT[b]) if b in PRECISION_SHORT else b for b in BLIND),
             None], ids=["dev", "held", *BLIND, "all"])


@HALVES
def test_labelled_set_precision(half):
    """Tuned on dev only; held is measured. A wrong merge hides a story: precision first."""
    precision, recall, positives, n = evaluate(half)
    print(f"\n{half or 'all'}: {n} articles, {positives} same-story pairs, "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.98


@pytest.mark.parametrize("half", ["dev", "held", *(pytest.param(b, marks=FRESH_RECALL_SHORT) for b in BLIND), None],
                         ids=["dev", "held", *BLIND, "all"])
def test_labelled_set_recall(half):
    assert evaluate(half)[1] >= 0.85


def test_the_index_finds_what_comparing_with_every_article_finds_on_the_labelled_sets():
    """Its candidates (shared terms, the latest of a common term's) lose no match on real-looking
    news: each article joins the story of its best match among all earlier ones that it fits
    (none of its articles tells it apart, half of them at least score it)."""
    names = name_table(Aliases.from_groups(ALIASES))
    for articles in (ARTICLES, *(m.ARTICLES for m in BLIND_SETS.values())):
        index, earlier = StoryIndex(aliases=Aliases.from_groups(ALIASES)), []
        for a in articles:
            article = StoryArticle(a.id, a.title, a.lead, a.published, a.site)
            f = features(article, names=names)
            matches = sorted(((score(f, g), -story) for g, story in earlier if same_story(f, g)), reverse=True)
            joined = next((-s for _, s in matches if fits(f, [g for g, story in earlier if story == -s])), a.id)
            story = index.assign(article)
            assert story == joined, a.title
            earlier.append((f, story))


def test_a_boss_resigning_the_day_after_a_plan_of_layoffs_is_another_story():
    """Its title recalls the plan as context: the resignation is its event."""
    index = StoryIndex()
    plan = [art("Worldline annonce la suppression de 350 postes en France",
                "Le spécialiste des paiements veut réduire ses coûts après une année difficile.", 0, "lesechos.fr", 1),
            art("Worldline : un PSE de 350 postes pour redresser la barre",
                "Le groupe de paiement présente un plan social à ses syndicats.", 3, "lemondeinformatique.fr", 2),
            art("Le spécialiste des paiements Worldline lance un plan social",
                "Worldline va supprimer 350 postes en France.", 6, "zdnet.fr", 3)]
    resigns = art("Coup de théâtre chez Worldline, dont le patron démissionne au lendemain du plan social",
                  "Le directeur général de Worldline quitte le groupe, un jour après l'annonce de 350 suppressions "
                  "de postes.", 37, "latribune.fr", 4)
    assert [index.assign(a) for a in (*plan, resigns)] == [1, 1, 1, 4]


def test_an_outage_joins_no_story_of_a_launch_through_its_vague_articles():
    """The day after a model's launch, its outage shares the model and the firm with the launch's
    articles naming no kind of event; one of the story's articles tells of a launch, no incident."""
    index = StoryIndex()
    launch = art("Anthropic lance Claude Opus 6, plus rapide et moins cher",
                 "Le nouveau modèle d'Anthropic arrive dans Claude et dans l'API, à un prix en baisse.", 0,
                 "numerama.com", 1)
    explainer = art("Claude passe à Opus 6 : ce qui change pour vous",
                    "Le modèle par défaut de Claude change : plus rapide, il coûte moins cher dans l'API.", 2,
                    "01net.com", 2)
    agents = art("Claude Opus 6 : Anthropic vise les agents en entreprise",
                 "Avec Opus 6, Anthropic veut que Claude mène seul des tâches de plusieurs heures.", 14, "lemagit.fr", 3)
    outage = art("Claude est en panne dans le monde entier",
                 "Impossible d'obtenir une réponse de Claude depuis 13 h ; Anthropic évoque un taux d'erreurs élevé "
                 "sur l'API et sur Opus 6.", 20, "frandroid.com", 4)
    assert [index.assign(a) for a in (launch, explainer, agents, outage)] == [1, 1, 1, 4]


def test_an_article_joins_no_story_one_of_whose_articles_tells_it_apart():
    index = StoryIndex()
    medium = art("Mistral AI lance Mistral Medium 4, son modèle le plus performant",
                 "Le nouveau modèle de Mistral AI vise les entreprises.", 0, "numerama.com", 30)
    explainer = art("Ce qu'il faut retenir du nouveau modèle de Mistral AI",
                    "Mistral AI publie un nouveau modèle de raisonnement pour les entreprises.", 1, "01net.com", 31)
    magistral = art("Mistral AI dégaine Magistral 2, un modèle de raisonnement",
                    "Mistral AI publie un nouveau modèle de raisonnement pour les entreprises.", 2, "zdnet.fr", 32)
    assert index.assign(medium) == 30 and index.assign(explainer) == 30
    assert same_story(features(magistral), features(explainer))  # it would join through the explainer…
    assert told_apart(features(magistral), features(medium))  # …but Medium 4 is another release
    assert index.assign(magistral) == 32


def test_a_defect_joins_no_story_holding_the_launch_it_follows():
    index = StoryIndex()
    launch = art("Free lance la Freebox Ultra 2 avec le Wi-Fi 7",
                 "La nouvelle Freebox Ultra 2 promet 10 Gbit/s et un routeur Wi-Fi 7 pour ses abonnés.", 0,
                 "frandroid.com", 50)
    review = art("Freebox Ultra 2 : prix, débits, services, tout savoir sur la nouvelle box",
                 "La Freebox Ultra 2 embarque un routeur Wi-Fi 7 tri-bande, promis aux abonnés de Free.", 1,
                 "lesnumeriques.com", 51)
    review_too = art("Freebox Ultra 2 : ce qui change face à l'Ultra",
                     "Wi-Fi 7 plus rapide et routeur tri-bande : la Freebox Ultra 2 comparée par nos soins.", 3,
                     "clubic.com", 52)
    bug = art("Freebox Ultra 2 : une mise à jour fait planter le Wi-Fi chez de nombreux abonnés",
              "Des abonnés de la Freebox Ultra 2 voient leur routeur Wi-Fi 7 redémarrer en boucle.", 30,
              "01net.com", 53)  # within LATE_GAP of the reviews, which it matches
    assert [index.assign(a) for a in (launch, review, review_too)] == [50, 50, 50]
    assert same_story(features(bug), features(review)) and same_story(features(bug), features(review_too))
    assert defect_after_launch(features(bug), features(launch))  # two of three agree, but one is its launch
    assert index.assign(bug) == 53


def test_an_incident_joins_no_story_one_of_whose_articles_places_it_elsewhere():
    index = StoryIndex(aliases=AWS)
    paris = art("AWS : panne de plusieurs heures dans la région Paris",
                "Des instances EC2 et des bases RDS de la région eu-west-3 sont restées inaccessibles dans la nuit.",
                0, "lemagit.fr", 60)
    paris_too = art("Panne AWS à Paris : des clients français privés de services toute la nuit",
                    "Sites marchands et applications SaaS hébergés dans la région française d'AWS interrompus.", 7,
                    "lemondeinformatique.fr", 61)
    vague = art("AWS en panne : pourquoi la moitié d'Internet ne répond plus",
                "Une défaillance du géant du cloud perturbe des applications ; Amazon évoque un problème DNS.", 30,
                "01net.com", 62)
    virginia = art("La panne d'Amazon Web Services est terminée, après six heures de chaos",
                   "La page d'état d'AWS indique un retour à la normale dans sa région historique de Virginie du Nord.",
                   34, "numerama.com", 63)
    assert [index.assign(a) for a in (paris, paris_too, vague)] == [60, 60, 60]  # the vague one names no place
    assert placed_apart(features(virginia, AWS), features(paris, AWS), {"outage"})
    assert index.assign(virginia) != 60  # us-east-1 is not eu-west-3, whatever the vague article says


def test_an_article_joins_no_story_half_of_whose_articles_it_contradicts():
    index = StoryIndex()
    launch = art("Free lance la Freebox Ultra 2 avec le Wi-Fi 8",
                 "La nouvelle box de Free promet 10 Gbit/s et le Wi-Fi 8 pour 49,99 euros.", 0, "lemagit.fr", 40)
    launch_too = art("Freebox Ultra 2 officielle : Free dévoile sa box Wi-Fi 8",
                     "La nouvelle box de Free promet 10 Gbit/s pour 49,99 euros par mois.", 1, "01net.com", 41)
    vague = art("Faut-il craquer pour la nouvelle box de Free ?",
                "La Freebox Ultra 2 et son Wi-Fi 8 : nos impressions sur la nouvelle box de Free et ses abonnés.", 20,
                "numerama.com", 42)
    outage = art("Panne de la Freebox Ultra 2 : des abonnés privés de Wi-Fi",
                 "Des abonnés de la nouvelle box de Free n'ont plus de Wi-Fi depuis la mise à jour.", 30,
                 "frandroid.com", 43)
    assert [index.assign(a) for a in (launch, launch_too, vague)] == [40, 40, 40]
    assert same_story(features(outage), features(vague))  # it would join through the vague article…
    assert not same_story(features(outage), features(launch))  # …but an outage is no launch
    assert index.assign(outage) == 43
