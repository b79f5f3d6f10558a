package org.fagai.shared;

/**
 * A code (统一社会信用代码, 行政区划代码, 行业代码, 项目代码) that breaks its rules.
 * The message is the reason in the reader's language ({@link ReaderText}: Chinese outside a request), ready to show.
 */
public class InvalidCodeException extends IllegalArgumentException {

    private final String reason;

    public InvalidCodeException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** The reason, e.g. "第18位校验码应为3" (under English "Character 18 (the check character) should be 3"). */
    public String reason() {
        return reason;
    }
}
