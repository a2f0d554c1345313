package ca.relais.search;

import ca.relais.api.KbArticleDto;
import java.util.List;

/** Small hand-made articles for tests. */
final class KbArticles {
    private KbArticles() {
    }

    static KbArticleDto fr(String id, String title, String body, String department, String audience,
                           String... keywords) {
        return article(id, "fr", title, body, department, audience, keywords);
    }

    static KbArticleDto en(String id, String title, String body, String department, String audience,
                           String... keywords) {
        return article(id, "en", title, body, department, audience, keywords);
    }

    static KbArticleDto article(String id, String language, String title, String body, String department,
                                String audience, String... keywords) {
        return new KbArticleDto(id, language, title, body, List.of(), department, audience, null, null,
                List.of(keywords), null, null, List.of(), false);
    }

    static KbArticleDto retired(KbArticleDto article) {
        return new KbArticleDto(article.id(), article.language(), article.title(), article.body(), article.tags(),
                article.department(), article.audience(), article.reviewedOn(), article.reviewBy(),
                article.keywords(), article.script(), article.translationOf(), article.typeCodes(), true);
    }

    static List<KbArticleDto> city() {
        return List.of(
                fr("lampadaire-fr", "Lampadaire éteint ou endommagé",
                        "Un **lampadaire** éteint se signale avec l'adresse la plus proche. La réparation prend"
                                + " environ cinq jours ouvrables.", "SEI", "PUBLIC", "éclairage public"),
                fr("nid-de-poule-fr", "Nid-de-poule : comment le signaler",
                        "Les nids-de-poule apparaissent au dégel. Noter l'adresse et la voie touchée.", "SEI",
                        "PUBLIC", "chaussée", "asphalte"),
                fr("collecte-manquee-fr", "Bac non ramassé : que faire?",
                        "Créer une requête seulement si le bac était au chemin avant 7 h. Le camion repasse le"
                                + " lendemain.", "ENVIRONNEMENT", "AGENT", "collecte manquée"),
                fr("ordures-fr", "Bac noir : horaire des ordures ménagères",
                        "Les ordures sont ramassées aux deux semaines. Le bac doit être au bord de la rue.",
                        "ENVIRONNEMENT", "PUBLIC", "bac noir", "déchets"),
                fr("eau-fr", "Avis d'ébullition préventif",
                        "Faire bouillir l'eau une minute avant de la boire. L’avis est levé après deux analyses.",
                        "SEI", "PUBLIC", "eau potable"),
                fr("taxes-fr", "Compte de taxes foncières",
                        "Le compte de taxes est payable en deux versements, en mars et en juin.", "FINANCES",
                        "PUBLIC", "taxes municipales"),
                en("streetlight-en", "Streetlight out or damaged",
                        "Report a streetlight that is out with the nearest address. Repairs take about five"
                                + " business days.", "SEI", "PUBLIC", "street lighting"),
                en("pothole-en", "Pothole: how to report it",
                        "Potholes appear during the thaw. Note the address and the lane.", "SEI", "PUBLIC",
                        "roadway"),
                en("skating-en", "Outdoor skating rinks",
                        "Rinks open when the ice is thick enough, usually in January.", "SSCVC", "PUBLIC",
                        "rink"));
    }
}
