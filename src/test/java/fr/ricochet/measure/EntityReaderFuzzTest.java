package fr.ricochet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.ricochet.testing.FuzzText;
import java.util.List;

/**
 * Fuzz target for the entity reader: on any text, the hashtags, mentions, links and cashtags it finds lie inside the
 * text, in order, never overlap, say what the text says at their offsets, and never cut a character in half; the
 * glued tags it reports are tags written against a word, outside every link and mention.
 * Runs on {@code EntityReaderFuzzTestInputs/} in every build; {@code src/test/fuzz/fuzz.sh entities MINUTES}
 * fuzzes it.
 */
class EntityReaderFuzzTest {

    private static final EntityExtractor READER = new EntityExtractor();

    @FuzzTest
    @DictionaryEntries({"#", "@", "$", "\uFF03", "\uFF20", "https://", "http://", "www.", ".fr", ".com", ".social",
            "/", "?", "=", "_", "-", ".", "\\u200D", "\\uFE0F", "\\uD83D", "\u00e9", "\u6771\u4eac", "\u00A0", " ", "\\u000A"})
    void entities(byte[] input) {
        String text = FuzzText.decode(input);
        List<Entity> entities = READER.extract(text);

        int previousEnd = 0;
        for (Entity entity : entities) {
            assertThat(entity.length()).as("length of %s", entity).isPositive();
            assertThat(entity.offset()).as("%s starts after the previous entity ends", entity).isGreaterThanOrEqualTo(previousEnd);
            assertThat(entity.end()).as("%s ends inside the text", entity).isLessThanOrEqualTo(text.length());
            assertWholeCharacters(text, entity.offset(), entity.end(), entity);
            assertThat(entity.value()).as("value of %s", entity).isNotEmpty();
            String covered = text.substring(entity.offset(), entity.end());
            switch (entity.kind()) {
                case URL -> assertThat(covered).as("link %s", entity).isEqualTo(entity.value());
                case HASHTAG -> assertSign(covered, entity, '#', '\uFF03');
                case MENTION -> assertSign(covered, entity, '@', '\uFF20');
                case CASHTAG -> assertSign(covered, entity, '$', '$');
                default -> throw new AssertionError("unknown kind " + entity.kind());
            }
            previousEnd = entity.end();
        }
        assertThat(READER.extract(text)).as("a second reading").isEqualTo(entities);

        List<Span> glued = READER.glued(text, entities);
        assertThat(glued.size()).isLessThanOrEqualTo(EntityExtractor.MAX_GLUED);
        for (Span tag : glued) {
            assertThat(tag.offset()).as("glued tag %s", tag).isPositive();
            assertThat(tag.length()).as("glued tag %s", tag).isGreaterThan(1);
            assertThat(tag.end()).as("glued tag %s", tag).isLessThanOrEqualTo(text.length());
            assertWholeCharacters(text, tag.offset(), tag.end(), tag);
            assertThat(text.charAt(tag.offset())).as("glued tag %s starts with its sign", tag).isIn('#', '\uFF03');
            for (Entity entity : entities) {
                if (entity.kind() == EntityKind.URL || entity.kind() == EntityKind.MENTION) {
                    assertThat(tag.overlaps(entity.span())).as("glued tag %s inside %s", tag, entity).isFalse();
                }
            }
        }
    }

    /** The span covers the sign, then the value (a mention may go on with a list's slug, "@user/list"). */
    private static void assertSign(String covered, Entity entity, char sign, char wideSign) {
        assertThat(covered.charAt(0)).as("sign of %s", entity).isIn(sign, wideSign);
        if (entity.kind() == EntityKind.MENTION) {
            assertThat(covered.substring(1)).as("%s", entity).startsWith(entity.value());
        } else {
            assertThat(covered.substring(1)).as("%s", entity).isEqualTo(entity.value());
        }
    }

    private static void assertWholeCharacters(String text, int start, int end, Object what) {
        assertThat(start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))).as("%s starts inside a surrogate pair", what).isFalse();
        assertThat(end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))).as("%s ends inside a surrogate pair", what).isFalse();
    }
}
