package org.fagai.shared.web;

import java.io.Serializable;

/** One reason an imported row was refused: Excel row number (header = 1), column header, the value, why. */
public record ImportError(int row, String column, String value, String message) implements Serializable {
}
