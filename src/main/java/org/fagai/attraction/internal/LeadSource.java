package org.fagai.attraction.internal;

/** How a lead came: a trip (外出招商), a referral by an enterprise already here (以商招商), an exhibition, an agency, other. */
enum LeadSource {
    TRIP, REFERRAL, EXHIBITION, AGENCY, OTHER;

    public String labelKey() {
        return "attraction.source." + name();
    }
}
