package fr.ricochet.measure;

import fr.ricochet.value.Language;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool 6.6 as a library, the only class that names it (so another checker can replace it). A
 * {@link JLanguageTool} is not safe from two threads at once, so each language keeps a small pool of them, one per
 * analysis thread; they load in the background (about three seconds a language, then a first check that loads the
 * rest), and until then drafts are analysed without grammar and the report says so.
 */
public final class LanguageToolGrammar implements Grammar {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolGrammar.class);
    /** American English: LanguageTool spells only a variant of English, and most English drafts here use it. */
    private static final Map<Language, String> CODES = Map.of(Language.FR, "fr", Language.EN, "en-US");
    private static final Map<Language, String> WARM_UP = Map.of(
            Language.FR, "Les enfant sont invités a participer à l'atelier de samedi.",
            Language.EN, "The childrens is invited to joins the workshop on saturday.");
    private static LanguageToolGrammar shared;

    private final Map<Language, BlockingQueue<Checker>> pools;
    private final CountDownLatch loaded;
    private final int perLanguage;
    private final Duration budget;
    private final LanguageToolGrammar loader;
    private volatile boolean failed;

    /** A checker and the moment its current draft must be finished by (LanguageTool asks between sentences). */
    private static final class Checker {
        final JLanguageTool tool;
        volatile long deadline = Long.MAX_VALUE;

        Checker(Language language) {
            this.tool = new JLanguageTool(Languages.getLanguageForShortCode(CODES.get(language)));
            this.tool.setCheckCancelledCallback(() -> System.nanoTime() > deadline);
        }
    }

    private LanguageToolGrammar(int perLanguage, Duration budget) {
        this.perLanguage = perLanguage;
        this.budget = budget;
        this.loaded = new CountDownLatch(1);
        this.loader = this;
        this.pools = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            pools.put(language, new ArrayBlockingQueue<>(perLanguage));
        }
    }

    private LanguageToolGrammar(LanguageToolGrammar loader, Duration budget) {
        this.perLanguage = loader.perLanguage;
        this.budget = budget;
        this.loaded = loader.loaded;
        this.loader = loader;
        this.pools = loader.pools;
    }

    /** The same checkers under another per-draft budget (a test's, to see a draft run out of time). */
    public LanguageToolGrammar withBudget(Duration other) {
        return new LanguageToolGrammar(loader, other);
    }

    /**
     * The process's LanguageTool, loading in the background from the first call on; later calls get the same one
     * whatever they ask (loading it twice would double the memory for nothing).
     *
     * @param perLanguage checkers per language: as many as drafts analysed at once
     * @param budget the longest one draft may take; past it the draft is reported as not checked
     */
    public static synchronized LanguageToolGrammar shared(int perLanguage, Duration budget) {
        if (shared == null) {
            shared = new LanguageToolGrammar(Math.max(1, perLanguage), budget);
            Thread loader = new Thread(shared::load, "ricochet-grammar-loader");
            loader.setDaemon(true);
            loader.start();
        }
        return shared;
    }

    private void load() {
        long start = System.nanoTime();
        try {
            for (Language language : Language.values()) {
                for (int i = 0; i < perLanguage; i++) {
                    Checker checker = new Checker(language);
                    checker.tool.check(WARM_UP.get(language)); // loads the rules and dictionaries it uses lazily
                    pools.get(language).add(checker);
                }
            }
            LOG.info("LanguageTool ready for fr and en ({} checkers each) in {} ms", perLanguage,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (Exception | Error e) {
            // Out of memory too: without every checker, the pools would make drafts wait for ones never coming.
            failed = true;
            LOG.error("LanguageTool could not load; drafts are analysed without spelling and grammar", e);
        } finally {
            loaded.countDown();
        }
    }

    /** Waits until loaded (for the command line, which checks one draft and leaves); false if it took too long. */
    public boolean awaitReady(Duration wait) {
        try {
            return loaded.await(wait.toMillis(), TimeUnit.MILLISECONDS) && !loader.failed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public State state() {
        if (loaded.getCount() > 0) {
            return State.LOADING;
        }
        return loader.failed ? State.OFF : State.READY;
    }

    @Override
    public GrammarCheck check(String text, Language language) {
        State state = state();
        if (state != State.READY) {
            return GrammarCheck.without(state == State.OFF ? GrammarCheck.Status.OFF : GrammarCheck.Status.LOADING);
        }
        long deadline = System.nanoTime() + budget.toNanos();
        BlockingQueue<Checker> pool = pools.get(language);
        Checker checker;
        try {
            checker = pool.poll(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GrammarCheck.without(GrammarCheck.Status.TIMED_OUT);
        }
        if (checker == null) {
            return GrammarCheck.without(GrammarCheck.Status.TIMED_OUT);
        }
        try {
            checker.deadline = deadline;
            List<RuleMatch> matches = checker.tool.check(text);
            if (System.nanoTime() > deadline) {
                return GrammarCheck.without(GrammarCheck.Status.TIMED_OUT);
            }
            return new GrammarCheck(GrammarCheck.Status.CHECKED, matches.stream().map(LanguageToolGrammar::match).toList());
        } catch (Exception e) {
            // LanguageTool stops a check it was told to cancel by throwing; any other failure is not the draft's fault.
            if (System.nanoTime() <= deadline) {
                LOG.warn("LanguageTool failed on a draft ({})", e.getClass().getSimpleName());
            }
            return GrammarCheck.without(GrammarCheck.Status.TIMED_OUT);
        } finally {
            checker.deadline = Long.MAX_VALUE;
            pool.add(checker);
        }
    }

    private static LanguageMatch match(RuleMatch m) {
        var rule = m.getRule();
        return new LanguageMatch(rule.getId(), rule.getSubId(), rule.getDescription(),
                rule.getCategory().getId().toString(), rule.getCategory().getName(),
                rule.getLocQualityIssueType().toString(), m.getType().name(), m.getFromPos(), m.getToPos() - m.getFromPos(),
                m.getMessage(), m.getShortMessage(), m.getSuggestedReplacements());
    }
}
