package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private final MinHash minHash = new MinHash(64, 16, 0.8);

    @Test
    void aTemplateWhoseNumberAndLinkChangeIsFoundAndDifferentPostsAreNot() {
        List<String> texts = List.of(
                "Nouvelle décision de justice : Cour supérieure, dossier n° 512345, rendue publique aujourd'hui https://t.co/ab",
                "Sortie du livre de Marie sur les jardins partagés du quartier, rencontre samedi à la médiathèque",
                "Nouvelle décision de justice : Cour supérieure, dossier n° 799001, rendue publique aujourd'hui https://t.co/zz",
                "Le concert de ce soir est reporté à cause de la pluie, les billets restent valables pour jeudi",
                "Merci à tous les bénévoles venus planter les arbres du parc ce matin, quelle belle énergie",
                "Le concert de jeudi soir aura bien lieu, venez nombreux avec vos billets de la semaine dernière");
        boolean[] twins = minHash.nearDuplicates(texts.stream().map(Words::template).toList(), 5);
        assertThat(twins).containsExactly(true, false, true, false, false, false);
    }

    /** A contest template tagging another brand with another draw of hashtags each time is still one template. */
    @Test
    void aTemplateWhoseMentionsAndHashtagsChangeIsFound() {
        List<String> texts = List.of(
                "Tente de gagner un panier gourmand avec @ChocoDuNord ! RT + follow @ChocoDuNord, tirage le 12 mai #Gagner #RT #Cadeau",
                "Tente de gagner un panier gourmand avec @CafeDesAmis ! RT + follow @CafeDesAmis, tirage le 3 mai #BonPlan #Giveaway #JeuConcours #ConcoursFrance",
                "Le concert de ce soir est reporté à cause de la pluie, les billets restent valables pour jeudi #concert");
        boolean[] twins = minHash.nearDuplicates(texts.stream().map(Words::template).toList(), 5);
        assertThat(twins).containsExactly(true, true, false);
        assertThat(Words.template("Merci @Anna pour #LaFête https://t.co/x 2025"))
                .containsExactly("merci", "@", "pour", "#", "url", "0");
    }

    @Test
    void shortPostsAreNotCompared() {
        boolean[] twins = minHash.nearDuplicates(List.of(Words.template("Merci !"), Words.template("Merci !")), 5);
        assertThat(twins).containsExactly(false, false);
    }

    @Test
    void theExactJaccardOfTheCandidatesDecides() {
        long[] a = MinHash.shingles(List.of("a", "b", "c", "d", "e"));
        long[] b = MinHash.shingles(List.of("a", "b", "c", "d", "x"));
        assertThat(MinHash.jaccard(a, a)).isEqualTo(1.0);
        // abc, bcd shared; cde and cdx apart: 2 of 4.
        assertThat(MinHash.jaccard(a, b)).isEqualTo(0.5);
    }

    /** 20,000 copies of one template and 20,000 random posts: every copy found, no random post matched. */
    @Test
    void aLargeTemplateBucketIsHandledWithoutComparingEveryPair() {
        SplittableRandom random = new SplittableRandom(9);
        List<List<String>> posts = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            if (i % 2 == 0) {
                posts.add(Words.template("Nouvelle décision de justice dans le dossier " + i + " https://t.co/" + i));
            } else {
                List<String> words = new ArrayList<>();
                for (int w = 0; w < 12; w++) {
                    words.add("w" + random.nextInt(5_000));
                }
                posts.add(words);
            }
        }
        boolean[] twins = minHash.nearDuplicates(posts, 5);
        for (int i = 0; i < twins.length; i++) {
            assertThat(twins[i]).as("post %d", i).isEqualTo(i % 2 == 0);
        }
    }
}
