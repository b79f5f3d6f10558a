package org.fagai.indicator;

import java.util.List;

public record ValuePage(List<ValueView> values, long total) {
}
