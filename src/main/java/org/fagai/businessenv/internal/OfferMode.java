package org.fagai.businessenv.internal;

/**
 * How private capital takes part: 政府和社会资本合作 under the new mechanism (国办函〔2023〕115号: 特许经营 only, user pays),
 * 特许经营, 股权合作, 合资合作, other.
 */
enum OfferMode {
    PPP, FRANCHISE, EQUITY, JOINT_VENTURE, OTHER
}
