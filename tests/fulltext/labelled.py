"""The labelled set: for each watch query, the pages whose ARTICLE must match it.

Decided by reading each body in `articles.py` (title, chapô, paragraphs, intertitles, quotes,
captions), never the boilerplate around it; a query matches as Veille's language says
(QUERY.md): words and their inflections, literally, whatever the sentence means ("la direction
exclut tout plan social" contains "plan social").
"""
from __future__ import annotations

from tests.fulltext.articles import ARTICLES

# What the feed gives for each page: title and one-sentence description.
TEASERS: dict[str, tuple[str, str]] = {a.slug: (a.title, a.teaser) for a in ARTICLES}

EXPECTED: dict[str, frozenset[str]] = {q: frozenset(pages) for q, pages in {
    "licenciements AWS": {"lmi-aws-emplois", "silicon-atos-pse"},
    '"rupture conventionnelle"': {"lmi-aws-emplois", "spip-ibm-rcc", "blog-esn-teletravail"},
    "rançongiciel hôpital": {"lemagit-hopital-rancon", "zdnet-mairie-cyber", "drupal-hopital-dossier"},
    "cyber*": {"lemagit-hopital-rancon", "01net-free-panne", "lmi-capgemini-recrute", "silicon-atos-pse",
               "brief-orange-nomination"},
    "title:Nvidia": {"numerama-nvidia-blackwell"},
    '"plan social"': {"spip-ibm-rcc", "silicon-atos-pse", "blog-esn-teletravail"},
    'Azure OR "Google Cloud"': {"lmi-aws-emplois", "numerama-nvidia-blackwell", "next-dma-google"},
    "CNIL amende": {"next-cnil-cookies"},
    "SecNumCloud": {"silicon-ovh-secnumcloud"},
    "Broadcom -Proxmox": set(),  # the VMware article names Proxmox in its body, not its teaser
    "ANSSI": {"lemagit-hopital-rancon", "silicon-ovh-secnumcloud"},
    '(licenciements OR "plan social") salariés': {"lmi-aws-emplois", "spip-ibm-rcc", "silicon-atos-pse",
                                                   "blog-esn-teletravail"},
    '"intelligence artificielle" Mistral': {"numerama-mistral-levee"},
    "télétravail": {"lmi-capgemini-recrute", "blog-esn-teletravail"},
    "GPU": {"numerama-nvidia-blackwell", "numerama-mistral-levee", "modern-intel-emplois"},
    "syndicat*": {"spip-ibm-rcc", "silicon-atos-pse", "lmi-amazon-robots"},
    '"Windows 11"': {"zdnet-windows10-fin"},
    "RGPD": {"next-cnil-cookies"},
    "Microsoft": {"lmi-aws-emplois", "numerama-nvidia-blackwell", "silicon-ovh-secnumcloud",
                  "zdnet-windows10-fin", "next-dma-google"},
}.items()}
