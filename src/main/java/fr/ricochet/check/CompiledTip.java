package fr.ricochet.check;

import fr.ricochet.rules.TipSpec;

/** A tip from the rules with the Java check that runs it. */
public record CompiledTip(TipSpec spec, Check check, boolean perNetwork) {
}
