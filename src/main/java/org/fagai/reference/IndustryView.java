package org.fagai.reference;

import org.fagai.shared.IndustryLevel;

public record IndustryView(String code, String section, String name, IndustryLevel level, String parentCode,
                           String parentName, String remark) {
}
