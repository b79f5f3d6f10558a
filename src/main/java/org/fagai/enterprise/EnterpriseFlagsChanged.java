package org.fagai.enterprise;

import java.util.Set;

/** An enterprise's flags for a year changed (e.g. it became 规上工业 or 重点用能单位); {@code flags} are the new ones. */
public record EnterpriseFlagsChanged(String creditCode, int year, Set<EnterpriseFlag> flags) {
}
