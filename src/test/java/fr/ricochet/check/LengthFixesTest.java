package fr.ricochet.check;

import static fr.ricochet.testing.Ids.id;
import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Facts;
import fr.ricochet.measure.PostLength;
import fr.ricochet.measure.TextMeasurer;
import fr.ricochet.report.Report;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.value.LanguageChoice;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The over-limit fixes leave text one can publish: the cut ends at a sentence (at worst a word) boundary, keeps
 * the closing call and tags when it can and fits the network counted its way; the thread loses nothing and
 * every post of it fits.
 */
class LengthFixesTest {

    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);
    /** The networks whose file says {@code threads: true}. */
    private static final List<String> THREAD_NETWORKS = TestEngine.RULES.networks().values().stream()
            .filter(NetworkProfile::threads).map(profile -> profile.id().value()).toList();
    private static final Pattern NUMBER = Pattern.compile(" (\\d+)/(\\d+)$");

    static final String FR_EVENT = "📚 Grande nouvelle : à partir du 1er décembre, la médiathèque Louise-Michel ouvrira "
            + "ses portes le dimanche après-midi, de 14 h à 18 h, toute l'année ! Au programme de ces après-midi : "
            + "lectures de contes pour les plus petits à 15 h, club de lecture pour les adolescents, ateliers "
            + "numériques pour apprendre à se servir d'une liseuse ou d'une tablette, et jeux de société dans la "
            + "ludothèque du premier étage. L'entrée est libre et gratuite, sans inscription préalable, pour toutes "
            + "et tous. Les bénévoles de l'association @LireEnsemble seront présents pour vous accueillir et vous "
            + "conseiller 🙂. Toutes les informations pratiques et le programme complet sont sur "
            + "https://www.mediatheque-louise-michel.fr/actualites/ouverture-du-dimanche-2026 🎉 Le café sera offert "
            + "aux premiers visiteurs ☕. Venez nombreux ! #Médiathèque #Lecture #Dimanche";

    static final String FR_WORKS = "⚠️ Travaux rue de la République : du lundi 12 au vendredi 23 janvier, la "
            + "circulation sera interdite entre la place de la Mairie et le carrefour des Tilleuls. Les bus des lignes "
            + "3 et 5 sont déviés par le boulevard Jean-Jaurès ; les arrêts provisoires sont signalés sur place 🚌. "
            + "Les riverains pourront accéder à leur garage de 18 h à 7 h, sur présentation d'un justificatif de "
            + "domicile aux agents présents sur le chantier. Les commerces restent ouverts pendant toute la durée des "
            + "travaux 🚧, et le marché du samedi est déplacé sur le parking de la salle des fêtes. Plan des "
            + "déviations et horaires des bus : https://www.ville-exemple.fr/actualites/travaux-rue-de-la-republique "
            + "Une question sur le chantier ? Écrivez à @VilleExemple ou appelez le 01 23 45 67 89.";

    static final String EN_APPEAL = "🌊 Last night's storm flooded more than 200 homes in the lower town, and "
            + "dozens of families spent the night in the sports hall. Our volunteers have been handing out blankets, "
            + "hot meals and dry clothes since 4 am, together with the teams of @RedCrossLocal and the town council. "
            + "What we need most today: sleeping bags, baby milk, nappies in every size, phone chargers and cleaning "
            + "products 🧽. Drop-off points are open until 8 pm at the community centre on Mill Street and at the "
            + "church hall on Bridge Road. Every gift counts, however small 💙. The full list and the opening hours "
            + "are at https://www.example.org/appeals/storm-flood-relief-2026/what-we-need and we update it every "
            + "hour. Please donate today! #FloodRelief #Community";

    static final String EN_LAUNCH = "We are proud to launch Aurora Analytics 2.0 for small and medium-sized "
            + "manufacturers who want to see their whole production line on one screen with live dashboards for "
            + "every machine and alerts sent to the right person the moment a sensor drifts and weekly reports that "
            + "your team can read in two minutes and an open API documented at "
            + "https://developers.example.com/aurora/v2/reference/getting-started for the engineers who want more "
            + "and a support team that answers in English French and German within the hour 🚀 all of it at the same "
            + "price as before for every existing customer and with a thirty-day free trial for everyone else who "
            + "wants to give it a go on their own machines before deciding anything at all. Try it free today! "
            + "#Manufacturing #Analytics";

    static final String FR_RUN_ON = "Ce samedi 14 mars à 10 h 30 la médiathèque Louise-Michel accueille une grande "
            + "matinée de jeux de société pour toute la famille avec des animateurs de la ludothèque des jeux "
            + "coopératifs pour les plus petits des jeux de stratégie pour les plus grands un espace calme pour les "
            + "tout-petits et un goûter offert par l'association des parents d'élèves dans la salle de jeux du premier "
            + "étage https://www.mediatheque-louise-michel.fr/agenda/matinee-jeux-de-societe-14-mars avec une "
            + "tombola dont les lots ont été offerts par les commerçants du quartier et une exposition des dessins "
            + "des enfants de l'école Jules-Ferry qui ont travaillé toute l'année sur le thème du jeu et de "
            + "l'amitié 🎲🧩. Venez nombreux ! #JeuxDeSociété";

    /** Emoji weigh 2 on X and their UTF-8 bytes (4 or more) on Threads. */
    static final String EN_MARKET = "🎉🎉🎉 Our summer market is back! 🍓🍒🍑 Every Saturday from 8 am to 1 pm on "
            + "Church Square, forty local growers, bakers and cheesemakers 🧀🥖 bring what they harvested or made that "
            + "week, with live music 🎻🎸 and a games corner for children 🧸🪁. Parking is free all morning behind "
            + "the town hall 🚗, and the bus stops right in front of the square 🚌. Bring your own bags 🛍️ and come "
            + "early for the strawberries 🍓, they go fast! The stalls, the musicians and the map are at "
            + "https://www.example.org/markets/summer-2026 with the dates of the evening markets in July 🌙. "
            + "See you on Saturday! 😊🌞 #FarmersMarket #ShopLocal";

    private static final List<String> DRAFTS = List.of(FR_EVENT, FR_WORKS, EN_APPEAL, EN_LAUNCH, FR_RUN_ON, EN_MARKET);

    @TestFactory
    Stream<DynamicTest> theCutFitsEndsAtABoundaryAndBreaksNoEntity() {
        return DRAFTS.stream().flatMap(draft -> THREAD_NETWORKS.stream().map(network -> DynamicTest.dynamicTest(
                network + ": " + draft.substring(0, 30), () -> {
                    NetworkProfile profile = TestEngine.RULES.network(id(network));
                    Finding over = overLimit(draft, network);
                    Suggestion cut = over.suggestions().get(0);
                    assertThat(cut.replacement()).isNotNull();
                    assertThat(cut.safe()).isFalse();
                    assertThat(over.offset()).isEqualTo(cut.replacement().offset());
                    String shorter = apply(draft, cut.replacement());
                    assertThat(PostLength.fits(shorter, profile)).as(shorter).isTrue();
                    assertThat(TestEngine.analyzeText(shorter, network).findings())
                            .noneMatch(f -> f.code().equals("over-limit") || f.code().equals("over-bytes"));
                    assertThat(entities(shorter)).isSubsetOf(entities(draft));
                    assertMadeOfWholeSentences(draft, shorter);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyPostOfTheThreadFitsAndNothingIsLost() {
        return DRAFTS.stream().flatMap(draft -> THREAD_NETWORKS.stream().map(network -> DynamicTest.dynamicTest(
                network + ": " + draft.substring(0, 30), () -> {
                    NetworkProfile profile = TestEngine.RULES.network(id(network));
                    Suggestion thread = overLimit(draft, network).suggestions().get(1);
                    assertThat(thread.replacement()).isNull();
                    assertThat(thread.safe()).isFalse();
                    List<String> posts = thread.thread();
                    assertThat(posts).hasSizeGreaterThan(1);
                    assertThat(thread.text()).contains(String.valueOf(posts.size()));
                    StringBuilder content = new StringBuilder();
                    for (int i = 0; i < posts.size(); i++) {
                        String post = posts.get(i);
                        assertThat(PostLength.fits(post, profile)).as(post).isTrue();
                        assertThat(TestEngine.analyzeText(post, network).findings())
                                .noneMatch(f -> f.code().equals("over-limit") || f.code().equals("over-bytes"));
                        Matcher number = NUMBER.matcher(post);
                        assertThat(number.find()).as(post).isTrue();
                        assertThat(number.group(1)).isEqualTo(String.valueOf(i + 1));
                        assertThat(number.group(2)).isEqualTo(String.valueOf(posts.size()));
                        String body = post.substring(0, number.start());
                        int at = draft.indexOf(body);
                        assertThat(at).as("a post is a stretch of the draft: %s", body).isGreaterThanOrEqualTo(0);
                        int end = at + body.length();
                        assertThat(end == draft.length() || Character.isWhitespace(draft.charAt(end)))
                                .as("a post ends between two words: %s", body).isTrue();
                        assertThat(entities(body)).isSubsetOf(entities(draft));
                        content.append(body).append(' ');
                    }
                    assertThat(squeeze(content.toString())).isEqualTo(squeeze(draft));
                })));
    }

    /** The cut and the thread add up the pieces' lengths; a sum that drifted from the real count would waste room. */
    @Test
    void piecesJoinedCostWhatTheirTextCountsOnEveryNetwork() {
        for (String draft : DRAFTS) {
            Facts facts = MEASURER.measure(draft, LanguageChoice.AUTO, List.copyOf(TestEngine.RULES.networkIds()));
            Passages passages = Passages.of(facts, 1);
            List<fr.ricochet.measure.Span> all = passages.pieces().stream().map(Passages.Piece::span).toList();
            for (NetworkProfile network : TestEngine.RULES.networks().values()) {
                PieceCosts costs = new PieceCosts(passages, network, facts.on(network.id()));
                String joined = passages.join(all) + " 12/34";
                assertThat(costs.of(all, " 12/34").length()).as(network.id() + ": " + draft.substring(0, 30))
                        .isEqualTo(PostLength.of(joined, network).length());
                assertThat(costs.of(all, "").bytes()).isEqualTo(passages.join(all).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8).length);
            }
        }
    }

    /**
     * X counts 23 for a link twitter-text gives up to the tag before it ({@code #Médiathèque.fr} holds
     * {@code diathèque.fr}) and for one it finds inside a fediverse handle ({@code @b@京s.fi} holds {@code s.fi}),
     * though the neutral reading has neither: a piece holding one costs what X counts, and so does the whole. A piece
     * opening a post on a letter that is not ASCII before a domain costs what X counts there: the link
     * {@code ditions-exemple.fr} after {@code É}, where after a space the link is {@code Éditions-exemple.fr}.
     */
    @Test
    void aPieceHoldingALinkTheNeutralReadingLacksCostsWhatXCounts() {
        String draft = FR_EVENT.replace("Louise-Michel", "Louise-Michel (#Médiathèque.fr)")
                + " Sur Mastodon, @b@京s.fi répond aussi. Éditions-exemple.fr ouvre ses portes.";
        Facts facts = MEASURER.measure(draft, LanguageChoice.AUTO, ids("x"));
        NetworkProfile x = TestEngine.RULES.network(id("x"));
        assertThat(facts.on(x.id()).alsoCounted()).extracting(Entity::value).containsExactly("diathèque.fr");
        assertThat(facts.on(x.id()).urls()).extracting(Entity::value).contains("s.fi");
        Passages passages = Passages.of(facts, 1);
        PieceCosts costs = new PieceCosts(passages, x, facts.on(x.id()));
        List<fr.ricochet.measure.Span> all = passages.pieces().stream().map(Passages.Piece::span).toList();
        for (fr.ricochet.measure.Span piece : all) {
            String text = passages.text(piece);
            assertThat(costs.of(List.of(piece), "").length()).as(text).isEqualTo(PostLength.of(text, x).length());
        }
        assertThat(costs.of(all, "").length()).isEqualTo(PostLength.of(passages.join(all), x).length());
        Finding over = overLimit(draft, "x");
        assertThat(PostLength.fits(apply(draft, over.suggestions().get(0).replacement()), x)).isTrue();
        assertThat(over.suggestions().get(1).thread()).allSatisfy(post -> assertThat(PostLength.fits(post, x)).isTrue());
    }

    @Test
    void theCutKeepsTheOpeningTheCallAndTheTags() {
        String shorter = cutOf(FR_EVENT, "x");
        assertThat(shorter).startsWith("📚 Grande nouvelle : à partir du 1er décembre, la médiathèque Louise-Michel "
                + "ouvrira ses portes le dimanche après-midi, de 14 h à 18 h, toute l'année !");
        assertThat(shorter).endsWith(" Venez nombreux ! #Médiathèque #Lecture #Dimanche");
        assertThat(cutOf(EN_APPEAL, "bluesky")).startsWith("🌊 Last night's storm flooded more than 200 homes")
                .endsWith(". Please donate today! #FloodRelief #Community");
        assertThat(cutOf(EN_MARKET, "threads")).startsWith("🎉🎉🎉 Our summer market is back!")
                .endsWith(" See you on Saturday! 😊🌞 #FarmersMarket #ShopLocal");
        assertThat(cutOf(FR_WORKS, "x")).endsWith(" Écrivez à @VilleExemple ou appelez le 01 23 45 67 89.")
                .contains("carrefour des Tilleuls.");
    }

    @Test
    void aSentenceTooLongIsCutBetweenWordsWithAnEllipsisAndStillEndsOnTheCall() {
        String shorter = cutOf(FR_RUN_ON, "x");
        assertThat(shorter).endsWith("… Venez nombreux ! #JeuxDeSociété");
        String head = shorter.substring(0, shorter.indexOf('…'));
        assertThat(FR_RUN_ON).startsWith(head);
        assertThat(Character.isWhitespace(FR_RUN_ON.charAt(head.length()))).isTrue();
        String english = cutOf(EN_LAUNCH, "x");
        assertThat(english).endsWith("… Try it free today! #Manufacturing #Analytics");
        assertThat(EN_LAUNCH).startsWith(english.substring(0, english.indexOf('…')));
    }

    @Test
    void theCutNeverEndsInsideALink() {
        String draft = "Retrouvez le programme complet de la saison culturelle de la ville avec les concerts les "
                + "spectacles les conférences les ateliers pour les enfants et les expositions du musée municipal sur "
                + "notre site https://www.ville-exemple.fr/culture/saison-2026-2027/"
                + "programme-complet-des-concerts-spectacles-et-expositions-de-la-saison et pensez à réserver vos places "
                + "dès maintenant car les premières dates affichent déjà complet depuis la semaine dernière";
        NetworkProfile bluesky = TestEngine.RULES.network(id("bluesky"));
        assertThat(PostLength.of(draft.substring(0, draft.indexOf(" et pensez")), bluesky).withinLimit()).isFalse();
        String shorter = cutOf(draft, "bluesky");
        assertThat(shorter).endsWith("sur notre site…");
        assertThat(PostLength.fits(shorter, bluesky)).isTrue();
    }

    @Test
    void aDraftTooLongForATwelvePostThreadGetsTheCutOnly() {
        String draft = String.join("\n\n", FR_EVENT, FR_WORKS, EN_APPEAL, EN_LAUNCH, FR_RUN_ON, EN_MARKET);
        assertThat(PostLength.of(draft, TestEngine.RULES.network(id("x"))).length()).isGreaterThan(12 * 280);
        assertThat(overLimit(draft, "x").suggestions()).singleElement().satisfies(s -> {
            assertThat(s.thread()).isNull();
            assertThat(PostLength.fits(apply(draft, s.replacement()), TestEngine.RULES.network(id("x")))).isTrue();
        });
        assertThat(overLimit(draft, "mastodon").suggestions().get(1).thread()).hasSizeBetween(2, 12);
    }

    @Test
    void networksWithoutThreadsGetTheCutOnly() {
        String draft = String.join("\n\n", FR_EVENT, FR_WORKS, FR_EVENT.replace("📚", "📖"), FR_WORKS, FR_EVENT);
        for (String network : List.of("linkedin", "instagram")) {
            Finding over = overLimit(draft, network);
            assertThat(over.suggestions()).singleElement().satisfies(s -> {
                assertThat(s.thread()).isNull();
                assertThat(PostLength.fits(apply(draft, s.replacement()), TestEngine.RULES.network(id(network)))).isTrue();
            });
        }
    }

    @Test
    void theTextReportPrintsEveryPostOfTheThreadInFull() {
        Report report = TestEngine.analyzeText(EN_APPEAL, "x");
        List<String> posts = overLimit(EN_APPEAL, "x").suggestions().get(1).thread();
        String printed = fr.ricochet.report.TextReport.render(report, EN_APPEAL);
        for (String post : posts) {
            assertThat(printed).contains("\n                " + post + "\n");
        }
    }

    @Test
    void anEditIsTheSmallestStretchBetweenTheTwoTextsAndADeletionCoversWholeWords() {
        assertThat(Replacement.between("X. Les bus. Les gens !", "X. Les gens !")).isEqualTo(Replacement.remove(3, 9));
        assertThat(Replacement.between("Un deux trois quatre", "Un deux… quatre"))
                .isEqualTo(new Replacement(7, 6, "…"));
        assertThat(Replacement.between("a 😀 b", "a 😁 b")).isEqualTo(new Replacement(2, 2, "😁"));
    }

    private static Finding overLimit(String draft, String network) {
        Report report = TestEngine.analyzeText(draft, network);
        return report.findings().stream().filter(f -> f.code().equals("over-limit")).findFirst().orElseThrow(
                () -> new AssertionError(network + " takes the draft: " + draft));
    }

    private static String cutOf(String draft, String network) {
        return apply(draft, overLimit(draft, network).suggestions().get(0).replacement());
    }

    private static String apply(String text, Replacement replacement) {
        return new StringBuilder(text).replace(replacement.offset(), replacement.end(), replacement.value()).toString();
    }

    private static List<String> entities(String text) {
        Facts facts = MEASURER.measure(text, LanguageChoice.AUTO, ids("x"));
        return facts.entities().stream().map((Entity e) -> e.kind() + ":" + e.value()).toList();
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The cut is the draft's own sentences, in order, with white space between them; only the opening one may
     * stop early, between two words, on an ellipsis.
     */
    private static void assertMadeOfWholeSentences(String draft, String shorter) {
        Facts facts = MEASURER.measure(draft, LanguageChoice.AUTO, ids("x"));
        List<String> sentences = Passages.of(facts, 1).pieces().stream().map(p -> draft.substring(p.span().offset(), p.span().end())).toList();
        String rest = shorter;
        if (rest.contains("…") && !sentences.get(0).contains("…")) {
            String head = rest.substring(0, rest.indexOf('…'));
            assertThat(sentences.get(0)).startsWith(head);
            assertThat(sentences.get(0).charAt(head.length())).isIn(' ', ',', ';', ':');
            rest = rest.substring(head.length() + 1).strip();
            sentences = sentences.subList(1, sentences.size());
        }
        int next = 0;
        while (!rest.isEmpty()) {
            String remaining = rest;
            int found = -1;
            for (int i = next; i < sentences.size() && found < 0; i++) {
                if (remaining.startsWith(sentences.get(i))) {
                    found = i;
                }
            }
            assertThat(found).as("a whole sentence of the draft at: %s", rest).isGreaterThanOrEqualTo(0);
            rest = rest.substring(sentences.get(found).length()).strip();
            next = found + 1;
        }
    }
}
