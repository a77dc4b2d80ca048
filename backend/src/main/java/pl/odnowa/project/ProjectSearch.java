package pl.odnowa.project;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import pl.odnowa.common.ApiException;

/**
 * Folding and query building for the project full-text search. The stored text and the query are
 * folded alike (lower case, no diacritics, ł as l, punctuation as spaces), so "starowka" and "Starówka"
 * both find "Starówka". The tsquery is built only from [a-z0-9] tokens, so no client text is ever read
 * as tsquery syntax.
 */
final class ProjectSearch {

    /** Longest query text accepted; also bounds each token well under PostgreSQL's 2 KB lexeme limit. */
    static final int MAX_QUERY_LENGTH = 200;

    private ProjectSearch() {
    }

    /** Lower case without diacritics (NFD, marks stripped, ł → l), every run of other characters a single space. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('ł', 'l').replace('Ł', 'L');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** The text kept in project.search_text for a title and description. */
    static String searchText(String title, String description) {
        return fold((title == null ? "" : title) + " " + (description == null ? "" : description));
    }

    /** {@code word1:* & word2:*}: every word must match as a prefix; 400 naming q when no word is left. */
    static String tsQuery(String q) {
        String folded = fold(q);
        if (folded.isEmpty()) {
            throw ApiException.badRequest("q", "must contain at least one letter or digit");
        }
        return Arrays.stream(folded.split(" "))
                .map(token -> token + ":*")
                .collect(Collectors.joining(" & "));
    }
}
