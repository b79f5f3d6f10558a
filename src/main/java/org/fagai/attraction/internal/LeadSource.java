package org.fagai.attraction.internal;

/**
 * How a lead came: a trip (外出招商), a referral by an enterprise already here (以商招商), an exhibition, an agency, other;
 * OFFER: an investor's interest in a project offered to private capital (民间投资项目推介, from 营商环境).
 */
enum LeadSource {
    TRIP, REFERRAL, EXHIBITION, AGENCY, OTHER, OFFER;

    public String labelKey() {
        return "attraction.source." + name();
    }
}
