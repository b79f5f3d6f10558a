package org.fagai.energy.internal;

import java.math.BigDecimal;
import org.fagai.indicator.Warning;
import org.fagai.shared.web.Formats;
import org.springframework.stereotype.Component;

/**
 * How the energy pages show their figures, through the shared formats: tce and t CO₂ with two decimals, intensities per
 * 万元 with four, rates with one decimal and %, gaps in 百分点 with their sign; an empty figure as —.
 */
@Component("energyFormat")
public class EnergyFormat {

    private final Formats formats;

    EnergyFormat(Formats formats) {
        this.formats = formats;
    }

    public String tce(BigDecimal value) {
        return Formats.fixed(value, 2);
    }

    public String amount(BigDecimal value) {
        return value == null ? Formats.DASH : Formats.number(value);
    }

    public String plain(BigDecimal value) {
        return value == null ? Formats.DASH : value.stripTrailingZeros().toPlainString();
    }

    public String intensity(BigDecimal value) {
        return Formats.fixed(value, 4);
    }

    public String pct(BigDecimal value) {
        return Formats.percentText(value);
    }

    public String points(BigDecimal value) {
        return formats.points(value);
    }

    public String css(Warning warning) {
        if (warning == null) {
            return "bg-secondary";
        }
        return switch (warning) {
            case GREEN -> "bg-success";
            case YELLOW -> "bg-warning text-dark";
            case RED -> "bg-danger";
            case NONE -> "bg-light text-dark border";
        };
    }
}
