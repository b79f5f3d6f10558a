package org.fagai.cockpit;

/** Resolves what a cockpit or work-summary request is about, with the role and region checks of the signed-in user. */
public interface CockpitScopes {

    /**
     * The scope of a year (default this year) and region (default the user's): a past year whole, the current one up to
     * last month; {@code halfYear} stops at June. Only the commission's leaders and staff and district users; a region
     * outside the user's is refused.
     */
    CockpitScope resolve(Integer year, String region, boolean halfYear);
}
