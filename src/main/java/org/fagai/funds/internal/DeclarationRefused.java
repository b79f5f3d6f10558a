package org.fagai.funds.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.fagai.shared.StoredText;

/** A declaration that breaks the channel's rules (answered 422), each broken rule named by code with its reason (a stored sentence). */
class DeclarationRefused extends RuntimeException {

    record BrokenRule(String rule, String message) {
    }

    private final transient List<BrokenRule> rules;

    DeclarationRefused(List<BrokenRule> rules) {
        super(StoredText.list("funds.error.separator", rules.stream().map(BrokenRule::message).toList()));
        this.rules = List.copyOf(rules);
    }

    List<BrokenRule> rules() {
        return rules;
    }
}
