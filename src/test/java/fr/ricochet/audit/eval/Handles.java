package fr.ricochet.audit.eval;

import java.util.List;

/** Handles of the people an account answers or shares, plausible and distinct for any index. */
final class Handles {

    private static final List<String> NAMES = List.of("claire", "mathieu", "sophie", "karim", "lea", "thomas",
            "ines", "julien", "camille", "yanis", "manon", "hugo", "sarah", "nicolas", "amelie", "romain", "fatou",
            "pierre", "chloe", "antoine", "lucie", "mehdi", "emma", "vincent", "nadia", "olivier", "pauline", "theo",
            "aurelie", "samir");

    private Handles() {
    }

    static String of(int index) {
        String name = NAMES.get(index % NAMES.size());
        int round = index / NAMES.size();
        return round == 0 ? name + "_" + (index * 7 % 90 + 10) : name + "_" + round + (index * 7 % 90 + 10);
    }
}
