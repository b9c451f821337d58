package se.samverkan.service.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Word lists for fictional names. Surnames are invented compounds (prefix + suffix) and company names invented
 * phrases, so no generated person or company is a real one; no prefix/suffix forms a surname from the seeds.
 */
final class DemoNames {

    static final List<String> FIRST_NAMES = List.of("Anna", "Eva", "Karin", "Kristina", "Lena", "Sara", "Emma",
            "Johanna", "Linnea", "Elin", "Ida", "Sofia", "Malin", "Jenny", "Helena", "Annika", "Åsa", "Camilla",
            "Therese", "Frida", "Matilda", "Hanna", "Ebba", "Moa", "Linda", "Petra", "Ulrika", "Birgitta", "Ingrid",
            "Margareta", "Susanne", "Lotta", "Amra", "Leyla", "Mirela", "Nadia", "Erik", "Lars", "Karl", "Anders",
            "Johan", "Per", "Mikael", "Magnus", "Stefan", "Fredrik", "Daniel", "Jonas", "Mattias", "Andreas", "Niklas",
            "Henrik", "Patrik", "Tobias", "Oskar", "Emil", "Viktor", "Gustav", "Axel", "Hampus", "Robin", "Jesper", "Ola",
            "Björn", "Göran", "Håkan", "Kjell", "Leif", "Tommy", "Ahmed", "Emir", "Dragan", "Mehmet", "Ali", "Juha", "Pekka");

    static final List<String> SURNAME_PREFIXES = List.of("Alm", "Kvarn", "Björk", "Ek", "Asp", "Hassel", "Ljung", "Rönn",
            "Sälg", "Tall", "Gran", "Vide", "Hägg", "Näver", "Ler", "Myr", "Kärr", "Flod", "Harg", "Tjärn", "Skog", "Äng",
            "Mal", "Kil", "Norr", "Söder", "Väster", "Öster", "Kulla", "Fur", "Orre", "Trast");

    static final List<String> SURNAME_SUFFIXES = List.of("strand", "holm", "dal", "lid", "vik", "näs", "ström", "gren",
            "kvist", "sjö", "backe", "hed", "by", "ås", "fors", "stig", "ryd", "hult", "bäck", "sten", "torp", "udd",
            "blad", "qvist", "gård", "hamn", "myra", "vall");

    static final List<String> COMPANY_PREFIXES = List.of("Kvarnholms", "Nordvik", "Björkdals", "Ekeviks", "Granlunda",
            "Almnäs", "Stenbacka", "Rönnås", "Tallviks", "Ljungdals", "Järnbackens", "Smedjeholms", "Kopparviks",
            "Stålberga", "Hammarlids", "Sjöhagens", "Mörkvalla", "Brohults", "Ängsdals", "Lerviks", "Furuhults",
            "Ekbackens", "Vidinge", "Hägnads");

    static final List<String> COMPANY_KINDS = List.of("Gjuteri", "Hydraulik", "Mekaniska Verkstad", "Plåtindustri",
            "Svets", "Precision", "Komponent", "Verktyg", "Industri", "Träindustri", "Plast", "Elmotor", "Automation",
            "Ytbehandling", "Bearbetning", "Maskin", "Gummi", "Kabel", "Pressverktyg", "Formsprutning");

    private DemoNames() {
    }

    /** An invented compound surname, e.g. "Almstrand" or "Kvarnholm". */
    static String surname(DemoRandom random) {
        String prefix = random.pick(SURNAME_PREFIXES);
        String suffix = random.pick(SURNAME_SUFFIXES);
        return prefix.toLowerCase(Locale.ROOT).endsWith(suffix.substring(0, 1)) ? prefix + "e" + suffix : prefix + suffix;
    }

    static String company(DemoRandom random) {
        return random.pick(COMPANY_PREFIXES) + " " + random.pick(COMPANY_KINDS) + " AB";
    }

    /** Lower-case ASCII for e-mail local parts and host names: "Åsa Ängsdal" gives "asa" and "angsdal". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The genitive of a place name as in "Vetlanda kommun" / "Jönköpings kommun". */
    static String municipalityName(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        boolean bare = lower.endsWith("s") || lower.endsWith("a") || lower.endsWith("e") || lower.endsWith("o")
                || lower.endsWith("ö") || lower.endsWith("x") || lower.endsWith("z");
        return (bare ? place : place + "s") + " kommun";
    }

    /** A mobile number from the series the Swedish regulator reserves for fiction (070-174 06 05 … 99). */
    static String fictionalMobile(DemoRandom random) {
        return String.format(Locale.ROOT, "070-174 06 %02d", random.between(5, 99));
    }

    /** An office number from the fiction series for Malmö (040-628 04 00 … 99). */
    static String fictionalOffice(DemoRandom random) {
        return String.format(Locale.ROOT, "040-628 04 %02d", random.between(0, 99));
    }
}
