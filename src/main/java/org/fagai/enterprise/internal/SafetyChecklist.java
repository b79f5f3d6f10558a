package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;

/**
 * The items a stone-enterprise inspection checks (seed 000 (三)四), each answered 符合 / 不符合 / 不适用, kept on the
 * inspection as one line of text ("粉尘防控：符合；起重设备：不符合；…").
 */
final class SafetyChecklist {

    enum Item {
        DUST("粉尘防控"), LIFTING("起重设备"), ELECTRICITY("用电安全"), STACKING("荒料堆放"), CERTIFICATES("特种作业持证"),
        FIRE("消防设施与通道"), PROTECTION("个人防护用品"), TRAINING("安全培训与台账");

        final String chinese;

        Item(String chinese) {
            this.chinese = chinese;
        }
    }

    enum Result {
        PASS("符合"), FAIL("不符合"), NA("不适用");

        final String chinese;

        Result(String chinese) {
            this.chinese = chinese;
        }
    }

    private SafetyChecklist() {
    }

    /**
     * The answers of the form ("DUST:FAIL", one per item, in any order) as the stored text, in the items' order; an item
     * not answered is left out. Unknown items or results are a 400 naming {@code checklist}.
     */
    static String text(List<String> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        Map<Item, Result> results = new EnumMap<>(Item.class);
        List<String> unknown = new ArrayList<>();
        for (String answer : answers) {
            String[] parts = answer == null ? new String[0] : answer.split(":", 2);
            try {
                results.put(Item.valueOf(parts[0]), Result.valueOf(parts[1]));
            } catch (RuntimeException e) {
                unknown.add(answer == null ? "" : answer.substring(0, Math.min(answer.length(), 30)));
            }
        }
        if (!unknown.isEmpty()) {
            throw FieldErrors.of("checklist", StoredText.of("enterprise.error.checklistInvalid", StoredText.list("shared.listSeparator", unknown)));
        }
        return results.entrySet().stream().map(e -> e.getKey().chinese + "：" + e.getValue().chinese)
                .collect(Collectors.joining("；"));
    }
}
