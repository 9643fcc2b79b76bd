package fr.ricochet.rules;

import fr.ricochet.rules.RulesException.Problem;
import java.nio.file.Path;
import java.util.List;

/** The checks every rules file needs, each adding a problem that names this file and the field. */
record FileChecks(Path file, List<Problem> problems) {

    void problem(String field, String message) {
        problems.add(new Problem(file, field, message));
    }

    int count() {
        return problems.size();
    }

    void require(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is missing");
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            problem(field, "is missing");
        }
    }

    void localized(String field, Localized value) {
        if (value == null) {
            problem(field, "is missing (give it in fr and en)");
            return;
        }
        require(field + ".fr", value.fr());
        require(field + ".en", value.en());
    }

    void positive(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                problem(field, "is missing (a whole number above 0)");
            }
        } else if (value <= 0) {
            problem(field, "must be above 0, not " + value);
        }
    }

    void range(String field, Range value) {
        if (value == null) {
            problem(field, "is missing (give min and max)");
        } else if (value.min() != null && value.max() != null && value.min() > value.max()) {
            problem(field, "min " + value.min() + " is above max " + value.max());
        }
    }
}
