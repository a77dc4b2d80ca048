package pl.odnowa.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import pl.odnowa.common.ApiException;

class ProjectSearchTest {

    @Test
    void foldsPolishTextToPlainLowerCaseWords() {
        assertEquals("nowa starowka nowe mozliwosci", ProjectSearch.fold("Nowa Starówka – nowe możliwości"));
        assertEquals("zazolc gesla jazn", ProjectSearch.fold("ZAŻÓŁĆ GĘŚLĄ JAŹŃ"));
        assertEquals("bielsko biala laczy ludzi 89", ProjectSearch.fold("  Bielsko-Biała łączy ludzi (89)! "));
        assertEquals("11 4", ProjectSearch.fold("11.4"));
        assertEquals("", ProjectSearch.fold(null));
        assertEquals("tytul opis", ProjectSearch.searchText("Tytuł", "Opis"));
        assertEquals("tytul", ProjectSearch.searchText("Tytuł", null));
    }

    @Test
    void buildsAPrefixQueryFromSanitisedTokensOnly() {
        assertEquals("starowka:*", ProjectSearch.tsQuery("Starówka"));
        assertEquals("nowa:* & starowka:*", ProjectSearch.tsQuery("nowa  STARÓWKA"));
        assertEquals("a:* & b:* & c:*", ProjectSearch.tsQuery("a:* | !b <-> (c) & '"));
        ApiException e = assertThrows(ApiException.class, () -> ProjectSearch.tsQuery("!&|–"));
        assertEquals("q", e.errors.get(0).field());
    }
}
