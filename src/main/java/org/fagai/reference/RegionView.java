package org.fagai.reference;

import org.fagai.shared.RegionLevel;

public record RegionView(String code, String name, RegionLevel level, String parentCode, String parentName,
                         boolean enabled) {
}
