"""Queries over articles.py with the matching ids decided by reading each article (not by running the matcher)."""

AWS = {1, 6, 10, 11, 20, 102, 103, 105, 107, 108, 109, 112, 114, 115, 117, 119, 149}
ALIAS_GROUPS = [["AWS", "Amazon Web Services"]]

# (query, uses ALIAS_GROUPS, expected ids, what it checks)
QUERIES_RAW: list[tuple[str, bool, set[int], str]] = [
    ("licenciements AWS", False, {1, 11, 20, 112, 117}, "AND, inflection, d’AWS"),
    ("AWS OR Azure", False, AWS | {8, 9, 43, 44, 49, 118}, "OR"),
    ("Microsoft -Azure", False, {5, 27, 45, 46, 48, 50, 139, 151}, "exclusion"),
    ('"plan social"', False, {2, 16, 87, 113, 115, 116}, "phrase, punctuation ignored"),
    ('(licenciements OR "plan social") AWS', False, {1, 11, 20, 112, 115, 117}, "group"),
    ("cyber*", False, {21, 22, 24, 27, 29, 100, 121, 126, 142, 143, 147}, "prefix"),
    ("title:Nvidia", False, {31, 32, 125, 137, 138, 140}, "title: word"),
    ('intitle:"Windows 11"', False, {41, 46, 139, 145}, "intitle: phrase"),
    ("securite", False, {24, 25, 28, 127, 143, 150}, "accents and case, whole words"),
    ("Île-de-France", False, {61, 62, 64, 115}, "hyphens separate words"),
    ("AWS", False, AWS, "laws, jaws, AWSome, #AWS, AWS/Azure, href/alt are not AWS"),
    ("emploi", False, {12, 50, 56, 76, 77, 120, 132, 146}, "emploi = emplois"),
    ("salarié", False, {1, 7, 15, 16, 20, 50, 57, 75, 78, 81, 83, 112, 115, 119, 133, 141, 144},
     "salarié = salariés = salariée(s), not salaire"),
    ("social", False, {2, 16, 28, 71, 72, 75, 84, 87, 88, 89, 113, 115, 116, 130, 150},
     "social = sociaux = sociale, not société"),
    ("layoff", False, {17, 18, 148}, "layoff = layoffs"),
    ('"suppressions de postes"', False, {11, 15, 50, 117, 128, 129}, "phrase with a stop word, in order"),
    ("Amazon NOT grève", False, {1, 2, 3, 11, 106, 109, 113, 116, 120, 144}, "NOT"),
    ("title:(Orange OR SFR) 5G", False, {51, 52, 55}, "title: on a group"),
    ("clou", False, {69, 124}, "clou is not cloud"),
    ("Free or Orange", False, {59}, "lower-case or is a word"),
    ("qu'Amazon rachète", False, {106}, "elision in the query"),
    ("planète", False, {66, 68}, "planète is not plan"),
    ('"plan de départs"', False, {7, 57, 79}, "phrase with de"),
    ("licencier", False, {1, 3, 7, 11, 20, 56, 83, 84, 85, 86, 111, 112, 116, 117, 118, 144},
     "licencier = licencie = licenciés = licenciement(s) = licenciées"),
    ("AWS", True, AWS | {2, 120}, "alias AWS = Amazon Web Services"),
    ('"Mistral AI"', False, {34}, "phrase, the wind is not the start-up"),
    ("Nvidia", False, {31, 32, 40, 125, 137, 138, 140}, "a link target is not text"),
    ('title:"plan social" OR (grève -Amazon)', False, {2, 87, 113, 115, 116, 16, 82, 119, 141},
     "OR of title phrase and exclusion group"),
    ("securite sociale", False, {28, 150}, "AND of folded words"),
    ("cloud", False, {1, 5, 9, 13, 32, 70, 73, 92, 96, 104, 110, 114, 122},
     "clouds = cloud; not Cloudflare, OVHcloud, clou"),
]
