"""Writes `pages/*.html`: each article of `articles.py` inside one site's boilerplate.

`python -m tests.fulltext.write_pages` rewrites the pages (they are committed, so tests and the
benchmark read plain files). The boilerplate is what French news pages carry: menus,
breadcrumbs, cookie banners, sidebars of other headlines, "À lire aussi" boxes, most-read
lists, comments, footers, scripts, JSON-LD, meta keywords; and it holds DECOYS, words that a
watch looks for but that appear only there, never in the article's body.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from tests.fulltext.articles import ARTICLES, Article

PAGES = Path(__file__).resolve().parent / "pages"

# Query strings whose every hit in a page is boilerplate unless the article itself says it.
DECOYS = ("licenciements", "télétravail", "hôpital", "rançongiciel", "Nvidia", "SecNumCloud",
          '"plan social"', "RGPD", "Proxmox", "syndicats", '"Windows 11"', "GPU", "AWS", "Azure",
          "ANSSI", '"Google Cloud"', "CNIL", "Broadcom", "Mistral", '"rupture conventionnelle"', "cyber*")

SIDEBAR = ("Intel : 15 000 licenciements annoncés dans le monde",
           "Télétravail : la fin d'un modèle dans les ESN ?",
           "Un hôpital breton paralysé par un rançongiciel")
READ_ALSO = "Nvidia dépasse Apple en Bourse et vise les 4 000 milliards"
READ_ALSO_2 = "SecNumCloud : la liste des prestataires qualifiés s'allonge"
MOST_READ = ("Plan social chez Atos : 1 500 postes menacés", "RGPD : la CNIL sanctionne un assureur",
             "Proxmox séduit les déçus de VMware")
COMMENT = ("Encore un rançongiciel, et les syndicats qui ne disent rien ! Passer à Windows 11 n'y "
           "changera rien, et sans GPU dernier cri on n'ira pas loin.")
COMMENT_2 = "Article très intéressant, merci. Dommage que vous ne parliez pas de la rupture conventionnelle."
FOOTER = ("© Éditions Tech Média. Site hébergé par AWS en Irlande, sauvegardes sur Azure. "
          "Signalement de vulnérabilités : voir la politique de l'ANSSI.")
COOKIES = ("Nous et nos 812 partenaires, dont Google Cloud, utilisons des cookies pour mesurer "
           "l'audience et personnaliser les publicités. Accepter / Refuser / Paramétrer")
META_KEYWORDS = "CNIL, amende, Broadcom, Mistral, informatique"
MENU = ("Actualités", "Cybersécurité", "Cloud", "Emploi", "Data & IA", "Télécoms", "Newsletters")
SCRIPT = ("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'page_keywords':"
          "['licenciements','AWS','hôpital','rançongiciel'],'section':'cybersécurité'});"
          "function trk(e){return 'Nvidia GPU '+e}</script>")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def jsonld(a: Article) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
            "keywords": "Nvidia, télétravail, rupture conventionnelle, syndicats",
            "publisher": {"@type": "Organization", "name": a.site}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head(a: Article, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="{charset}">\n'
            f"<title>{esc(a.title)} - {esc(a.site)}</title>\n"
            f'<meta name="keywords" content="{META_KEYWORDS}">\n'
            f'<meta name="description" content="{esc(a.teaser)}">\n'
            f'<meta property="og:title" content="{esc(a.title)}">\n'
            f"{jsonld(a)}\n{SCRIPT}\n<style>.cookie{{position:fixed}}</style>\n</head>\n")


def menu(tag: str = "nav", cls: str = "main-menu") -> str:
    items = "".join(f'<li><a href="/rubrique/{i}">{esc(m)}</a></li>' for i, m in enumerate(MENU))
    return f'<{tag} class="{cls}"><ul>{items}</ul></{tag}>'


def links(titles: tuple[str, ...], li: str = "li") -> str:
    return "".join(f'<{li}><a href="/article/{i}">{esc(t)}</a></{li}>' for i, t in enumerate(titles))


def blocks(a: Article, p: str = "<p>{}</p>", h: str = "<h2>{}</h2>", q: str = "<blockquote><p>{}</p></blockquote>") -> str:
    out = []
    for b in a.blocks:
        if b.startswith("## "):
            out.append(h.format(esc(b[3:])))
        elif b.startswith("> "):
            out.append(q.format(esc(b[2:])))
        else:
            out.append(p.format(esc(b)))
    return "\n".join(out)


def half(body: str) -> tuple[str, str]:
    """Splits rendered blocks after the first paragraph, where sites put their boxes."""
    first, _, rest = body.partition("\n")
    return first, rest


def wordpress(a: Article) -> str:
    first, rest = half(blocks(a, h='<h2 class="wp-block-heading">{}</h2>',
                              q='<blockquote class="wp-block-quote"><p>{}</p></blockquote>'))
    figure = (f'<figure class="wp-block-image"><img src="/img/{a.slug}.jpg" alt="AWS Nvidia">'
              f"<figcaption>{esc(a.caption)}</figcaption></figure>") if a.caption else ""
    return head(a) + f"""<body class="post-template-default single">
<div class="cookie-notice" id="cookie-notice"><p>{esc(COOKIES)}</p></div>
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="/">{esc(a.site)}</a></div>
{menu("nav", "main-navigation")}</header>
<div class="breadcrumbs"><a href="/">Accueil</a> &gt; <a href="/cybersecurite">Cybersécurité</a> &gt; Actualités</div>
<main id="main" class="site-main"><article id="post-{len(a.slug)}" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">Publié le <time>12 mars</time> par la rédaction</div></header>
<div class="entry-content">
<p class="chapo"><strong>{esc(a.lead)}</strong></p>
{figure}
{first}
<p><strong>À lire aussi :</strong> <a href="/nvidia-bourse">{esc(READ_ALSO)}</a></p>
{rest}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3><ul><li>LinkedIn</li><li>X</li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Articles similaires</h3>{links(MOST_READ, "p")}</div>
</div>
<footer class="entry-footer"><span class="tags-links">Étiquettes : <a rel="tag">Azure</a>, <a rel="tag">ANSSI</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 réponses</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta">Jean-Michel</footer><div class="comment-content"><p>{esc(COMMENT)}</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta">Sandrine</footer><div class="comment-content"><p>{esc(COMMENT_2)}</p></div></article></li>
</ol></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Derniers articles</h2><ul>{links(SIDEBAR)}</ul></section>
<section class="widget"><h2 class="widget-title">Newsletter</h2><p>Recevez chaque matin l'essentiel du cloud et de la cybersécurité.</p></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">{esc(FOOTER)}</div>{menu("nav", "footer-menu")}</footer>
</div></body></html>
"""


def spip(a: Article, charset: str = "utf-8") -> str:
    body = blocks(a, h='<h3 class="spip">{}</h3>', q='<blockquote class="spip"><p>{}</p></blockquote>')
    return head(a, charset) + f"""<body class="page_article">
<div class="page"><div class="header" id="header"><a class="spip_logo_site" href="/">{esc(a.site)}</a>
<div class="slogan">Le site des salariés et de l'actualité numérique</div></div>
{menu("div", "nav clearfix menu-conteneur")}
<div class="wrapper"><div class="content" id="content">
<p class="arbo"><a href="/">Accueil</a> &gt; <a href="/rubrique2.html">Cybersécurité</a> &gt; </p>
<div class="cartouche"><h1 class="surlignable">{esc(a.title)}</h1><p class="info-publi">publié le 14 février</p></div>
<div class="surlignable"><div class="chapo"><p>{esc(a.lead)}</p></div>
<div class="texte">{body}</div></div>
<div class="lire-aussi"><h2>Lire aussi</h2><ul>{links((READ_ALSO, READ_ALSO_2))}</ul></div>
<div class="forum"><h2>Messages</h2><ul class="forum">
<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre">Réaction</strong> par Patrick</div><div class="forum-texte"><p>{esc(COMMENT)}</p></div></div></li>
</ul><p><a href="/spip.php?page=forum">Répondre à cet article</a></p></div>
</div></div>
<div class="aside col"><div class="menu"><h2>Dans la même rubrique</h2><ul>{links(SIDEBAR)}</ul></div>
<div class="menu"><h2>Les plus lus</h2><ul>{links(MOST_READ)}</ul></div></div>
<div class="footer" id="footer"><p class="colophon">{esc(FOOTER)}</p><p>Site réalisé avec SPIP</p></div>
</div></body></html>
"""


def drupal(a: Article) -> str:
    first, rest = half(blocks(a))
    return head(a) + f"""<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><div id="sliding-popup" class="eu-cookie-compliance-banner"><div class="popup-content"><p>{esc(COOKIES)}</p></div></div>
<header class="region region-header"><div class="block block-system-branding-block"><a href="/">{esc(a.site)}</a></div>
{menu("nav", "block block-menu navigation menu--main")}</header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/cyber">Cybersécurité</a></li></ol></nav></div>
<div class="layout-container"><main role="main"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>
<div class="node__content"><div class="field field--name-field-chapo"><p>{esc(a.lead)}</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{first}
<div class="encadre-lire-aussi"><span>À lire aussi</span><a href="/nvidia">{esc(READ_ALSO)}</a></div>
{rest}
</div>
<div class="field field--name-field-tags"><div class="field__label">Thèmes</div><div class="field__item"><a href="/tags/azure">Azure</a></div><div class="field__item"><a href="/tags/anssi">ANSSI</a></div></div>
</div></article>
<section class="comments"><h2>Commentaires</h2>
<article class="comment js-comment"><footer class="comment__meta">Posté par Marc</footer><div class="comment__content"><div class="field field--name-comment-body"><p>{esc(COMMENT)}</p></div></div></article>
</section>
<div class="block block-views block-views-blockmost-read"><h2>Les plus lus</h2><div class="view-content"><ol>{links(MOST_READ)}</ol></div></div>
</div></main>
<aside class="layout-sidebar-second" role="complementary"><div class="block"><h2>À la une</h2><ul>{links(SIDEBAR)}</ul></div></aside></div>
<footer class="region region-footer" role="contentinfo"><p>{esc(FOOTER)}</p></footer></div>
</body></html>
"""


def modern(a: Article, paywall: bool = False) -> str:
    first, rest = half(blocks(a, p='<p class="article__paragraph">{}</p>', h='<h2 class="article__subtitle">{}</h2>',
                              q='<blockquote class="article__quote"><p>{}</p></blockquote>'))
    figure = (f'<figure class="article__media"><picture><img src="/{a.slug}.webp" alt="GPU"></picture>'
              f'<figcaption class="article__caption">{esc(a.caption)}</figcaption></figure>') if a.caption else ""
    lock = ('<div class="paywall"><p class="paywall__title">Cet article est réservé aux abonnés.</p>'
            '<p>Il vous reste 85 % à découvrir. Abonnez-vous pour lire la suite : 1 € le premier mois.</p>'
            '<a class="btn" href="/abonnement">Je m\'abonne</a></div>') if paywall else ""
    box = "" if paywall else f'<aside class="read-also"><span>À lire aussi</span><a href="/n">{esc(READ_ALSO)}</a></aside>'
    comments = "" if paywall else (f'<section class="comments" id="commentaires"><h2>Commentaires (2)</h2>'
                                   f'<div class="comment"><p class="comment__author">Kévin</p><p>{esc(COMMENT)}</p></div>'
                                   f'<div class="comment"><p class="comment__author">Léa</p><p>{esc(COMMENT_2)}</p></div></section>')
    return head(a) + f"""<body>
<div id="didomi-host"><div class="didomi-popup"><p>{esc(COOKIES)}</p><button>Accepter</button></div></div>
<header class="header"><a class="header__logo" href="/">{esc(a.site)}</a>{menu("nav", "header__nav")}
<div class="header__ticker">En direct : {esc(SIDEBAR[0])}</div></header>
<main class="layout"><nav class="breadcrumb" aria-label="fil d'ariane"><a href="/">Accueil</a> / <a href="/cyber">Cybersécurité</a></nav>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="article__title" itemprop="headline">{esc(a.title)}</h1>
<p class="article__lead">{esc(a.lead)}</p>
<div class="article__byline">Par <a href="/auteur">la rédaction</a> · <time datetime="2025-03-12">12 mars</time> · 3 min de lecture</div>
{figure}
<div class="article__body">
{first}
{box}
{rest}
{lock}
</div>
<ul class="article__tags"><li><a href="/tag/azure">Azure</a></li><li><a href="/tag/anssi">ANSSI</a></li></ul>
</article>
{comments}
<section class="most-read"><h2>Les plus lus</h2><ol>{links(MOST_READ)}</ol></section>
<aside class="sidebar"><h2>Dernières actus</h2><ul>{links(SIDEBAR)}</ul>
<div class="newsletter"><p>La newsletter cybersécurité : chaque semaine les rançongiciels, les failles et les correctifs.</p></div></aside>
</main>
<footer class="footer"><p>{esc(FOOTER)}</p>{menu("nav", "footer__nav")}</footer>
<script src="/static/app.js" defer></script>
</body></html>
"""


def brief(a: Article) -> str:
    """A wire-style brief: a modern page whose article is two sentences."""
    return modern(a)


def render(a: Article) -> tuple[str, bytes]:
    if a.cms == "spip" and a.slug == "spip-quantique-pasqal":
        # an old SPIP site declared Latin-1 in its meta only, written in Windows-1252 (œ, ’)
        return a.slug, spip(a, "iso-8859-1").encode("cp1252")
    page = {"wordpress": wordpress, "spip": spip, "drupal": drupal, "modern": modern, "brief": brief,
            "paywall": lambda a: modern(a, paywall=True)}[a.cms](a)
    return a.slug, page.encode("utf-8")


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    for article in ARTICLES:
        slug, data = render(article)
        (PAGES / f"{slug}.html").write_bytes(data)


if __name__ == "__main__":
    main()
