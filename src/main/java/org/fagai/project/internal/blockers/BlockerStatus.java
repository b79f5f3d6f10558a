package org.fagai.project.internal.blockers;

public enum BlockerStatus {
    /** 待解决 */
    OPEN,
    /** 已提交联席会 */
    ON_AGENDA,
    /** 已解决 */
    RESOLVED
}
