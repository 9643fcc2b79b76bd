package fr.ricochet.measure;

import fr.ricochet.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded corpus of drafts built to trip a network's reading: emoji sequences (skin tones, ZWJ families, flags,
 * keycaps), CJK, Khmer, decomposed accents, long links with emoji, CJK or accents in the path, bare domains,
 * handles with and without a domain, fediverse handles, tags with hyphens, apostrophes and punctuation, long tags,
 * tags in parentheses, cashtags, drafts around the length and byte limits, and a soup of signs and fragments.
 */
final class TrickyDrafts {

    private static final Gen<String> WORDS = Gen.of("Venez", "demain", "à", "la", "médiathèque", "café", "crème",
            "Join", "us", "tonight", "élève", "Noël", "garçon", "l'équipe", "aujourd’hui", "ça", "Œuvre", "Straße",
            "東京", "会いましょう", "សួស្តី", "ភ្នំពេញ", "ស្ត្រី", "Привет", "مرحبا", "שלום", "नमस्ते", "e\u0301te\u0301",
            "cre\u0300me", "A\u030A", "x²", "1er", "10h30", "2026", "!", "?", ":", "…", "«", "»", "(", ")", ",", ".", "-");
    private static final Gen<String> EMOJI = Gen.of("😀", "🎉", "👍🏽", "👨‍👩‍👧‍👦", "👩🏾‍💻", "🏳️‍🌈", "🇫🇷", "🇯🇵", "1️⃣",
            "#️⃣", "❤️", "☕", "✨", "🧑‍🤝‍🧑", "🫶🏻", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "©", "™", "↔️", "🇪🇺🇫🇷");
    private static final Gen<String> HANDLES = Gen.of("@carol", "@alice.bsky.social", "@bob.test", "@ville@piaille.fr",
            "@test@example.com", "@jean-luc.fr", "@x.y", "@Alice.BSKY.social", "@médiathèque.fr", "@a_b", "@example.com.",
            "@user.bsky.social,", "(@alice.bsky.social)", "@@alice.bsky.social", "@alice.bsky.social's", "@123.org",
            "@mairie.gouv.fr!", "@under_score.bsky.social", "@ville@piaille.fr.", "@.bsky.social", "@xn--caf-dma.fr");
    private static final Gen<String> LINKS = Gen.of("https://exemple.fr", "https://exemple.fr/", "exemple.fr",
            "www.exemple.fr/page", "mon-site.fr", "EXEMPLE.FR", "https://EXEMPLE.fr/Page", "http://a.co/b?c=d&e=f",
            "https://exemple.fr/café", "https://exemple.fr/東京/駅", "https://exemple.fr/🎉/fête", "https://exemple.fr/a.",
            "https://exemple.fr/a)", "(https://exemple.fr/a)", "https://fr.wikipedia.org/wiki/Paris_(France)",
            "https://exemple.fr/chemin/tres/long/qui/depasse/largement/vingt-trois/caracteres?utm_source=x&utm_medium=y",
            "exemple.fr/?q=1", "site.example", "foo.bar.baz.qux", "bit.ly/3xYz", "t.co/abc", "HTTPS://exemple.fr",
            "https://exemple.fr:8080/a", "exemple.fr,", "exemple.fr!", "contact@exemple.fr", "gemini://exemple.org",
            "https://", "https://a", "a.b", "file.txt", "3.14", "v1.2.3", "exemple.paris", "exemple.bzh", "ex.amazon",
            "https://exemple.fr/" + "x".repeat(80));
    private static final Gen<String> TAGS = Gen.of("#tag", "#Médiathèque", "#mot-compose", "#l'été", "#l’été", "#2024",
            "#2024fete", "#tag!", "#tag.", "#tag,", "(#tag)", "#tag#autre", "#️⃣", "＃全角", "#東京", "#ក្រុង", "#🎉",
            "#tag🎉", "#a_b", "#_", "#-", "#", "##double", "#tag)", "#tag...", "#café\u0301", "#tag\u200Dzwj",
            "#Nuit_de_la_lecture", "#1er", "#x²", "#Fête-de-la-musique!", "$AAPL", "$aapl.", "#" + "a".repeat(64),
            "#" + "b".repeat(65), "#" + "é".repeat(70), "#" + "👍🏽".repeat(64), "#" + "👍🏽".repeat(65));
    private static final Gen<String> SPACES = Gen.of(" ", " ", " ", "\n", "\n\n", "\u00A0", "\u202F", "\t", "",
            "\u3000", " (", ") ", ", ");

    /** Signs and fragments in any order: what a regular expression's edge cases are made of. */
    private static final Gen<String> SOUP = Gen.of("#", "＃", "@", ".", "(", ")", "-", "_", "'", "’", ":", "/", " ",
            " ", " ", "\n", "\u00A0", "\u200D", "\uFE0F", "a", "b", "Z", "fr", "com", "social", "bsky", "test", "é",
            "e\u0301", "🎉", "👍🏽", "ស្ត", "東", "1", "2", "!", "?", ",", "$", "https://", "http://", "www.", "amazon",
            "\u00AD", "\u2060", "\u3000", "\t", "&", "=", "%", "~", "[", "]", "<", ">", "\"", "*", "+", "|", "^", "·");

    private TrickyDrafts() {
    }

    /** {@code count} drafts drawn from the seed: the same seed gives the same drafts. */
    static List<String> generated(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> drafts = new ArrayList<>(count);
        Gen<String> piece = Gen.oneOf(WORDS, WORDS, WORDS, EMOJI, HANDLES, LINKS, TAGS);
        for (int i = 0; i < count; i++) {
            drafts.add(switch (i % 10) {
                case 7 -> Gen.concatenations(SOUP, 40).draw(random);
                case 8 -> nearTheLimits(random);
                default -> sentence(random, piece, 3 + random.nextInt(i % 10 == 9 ? 80 : 25));
            });
        }
        return drafts;
    }

    private static String sentence(SplittableRandom random, Gen<String> piece, int pieces) {
        StringBuilder draft = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            if (p > 0) {
                draft.append(SPACES.draw(random));
            }
            draft.append(piece.draw(random));
        }
        return draft.toString();
    }

    /** Around 300 graphemes or 3,000 bytes: long emoji runs, accents, families. */
    private static String nearTheLimits(SplittableRandom random) {
        String unit = Gen.of("a", "é", "👨‍👩‍👧‍👦", "🇫🇷", "ស្ត្រី", "東", "e\u0301").draw(random);
        int count = switch (unit) {
            case "👨‍👩‍👧‍👦" -> 110 + random.nextInt(30);
            case "ស្ត្រី" -> 200 + random.nextInt(140);
            default -> 290 + random.nextInt(20);
        };
        StringBuilder draft = new StringBuilder("Début ");
        draft.append(unit.repeat(count));
        if (random.nextBoolean()) {
            draft.append(" ").append(LINKS.draw(random)).append(" ").append(TAGS.draw(random));
        }
        return draft.toString();
    }

    /** Written by hand: the cases the issue names, each a known difference between the networks. */
    static List<String> handWritten() {
        return List.of(
                "Merci @alice.bsky.social et @carol pour l'accueil !",
                "Rejoignez @ville@piaille.fr sur Mastodon",
                "@test@example.com n'est pas une mention sur X",
                "Atelier #mot-compose et #l'été à la médiathèque",
                "Le programme (#tag) et #tag)",
                "#" + "abcdefghij".repeat(7) + " trop long pour Bluesky",
                "👨‍👩‍👧‍👦".repeat(121),
                "👨‍👩‍👧‍👦".repeat(120),
                "é".repeat(300),
                "é".repeat(301),
                "Infos sur exemple.fr dès demain",
                "Voir https://exemple.fr/fête/🎉/東京?x=é et www.exemple.fr.",
                "(voir exemple.fr/page)",
                "Écrivez à contact@exemple.fr",
                "#️⃣ n'est pas un tag, #2024 non plus, #2024fête oui",
                "Cours $AAPL et $TSLA.",
                "@alice@" + "b".repeat(500) + ".com",
                "Un\u00A0#tag après une espace insécable et\u3000#全角",
                "Fin de ligne\n#tag\n@alice.bsky.social\nhttps://exemple.fr");
    }
}
