package org.fagai.funds.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A declaration that breaks the channel's rules (answered 422), each broken rule named by code with its Chinese reason. */
class DeclarationRefused extends RuntimeException {

    record BrokenRule(String rule, String message) {
    }

    private final transient List<BrokenRule> rules;

    DeclarationRefused(List<BrokenRule> rules) {
        super(rules.stream().map(BrokenRule::message).collect(Collectors.joining("；")));
        this.rules = List.copyOf(rules);
    }

    List<BrokenRule> rules() {
        return rules;
    }
}
