package fr.ricochet.rules;

import java.nio.file.Path;
import java.util.List;

/** A rules directory that cannot be used; every problem names its file and field. */
public final class RulesException extends RuntimeException {

    private final List<Problem> problems;

    public RulesException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem in one rules file. */
    public record Problem(Path file, String field, String message) {
        @Override
        public String toString() {
            String where = file == null ? "rules" : file.toString();
            return field == null || field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
        }
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder("Invalid rules (" + problems.size() + " problem"
                + (problems.size() > 1 ? "s" : "") + "):");
        problems.forEach(p -> text.append("\n  - ").append(p));
        return text.toString();
    }
}
