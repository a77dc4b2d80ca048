package pl.odnowa.municipality;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import pl.odnowa.common.ApiException;

/** Poland's 16 voivodeships (województwa) by their official adjective names, as a municipality records them. */
public final class Voivodeships {

    public static final List<String> NAMES = List.of("dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie",
            "małopolskie", "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie", "świętokrzyskie",
            "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie");

    private Voivodeships() {
    }

    /**
     * The official name for {@code value} given in any case, with or without Polish letters ("Slaskie" → "śląskie");
     * null for null; a 400 naming {@code field} for anything else.
     */
    static String canonical(String field, String value) {
        if (value == null) {
            return null;
        }
        return find(value).orElseThrow(() -> ApiException.badRequest(field, "must be one of the 16 voivodeships: " + String.join(", ", NAMES)));
    }

    static Optional<String> find(String value) {
        String wanted = plain(value.strip());
        return NAMES.stream().filter(name -> plain(name).equals(wanted)).findFirst();
    }

    private static String plain(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int polish = "ąćęłńóśźż".indexOf(c);
            folded.append(polish >= 0 ? "acelnoszz".charAt(polish) : c);
        }
        return folded.toString();
    }
}
