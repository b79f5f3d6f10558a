package org.fagai.funds;

/**
 * An application for funds was declared or moved a step (review, allocation, disbursement, spending): the year's account
 * of its region has changed. Published inside the change's transaction; listeners hear it once it has committed.
 */
public record FundsApplicationChanged(long applicationId, int year, String regionCode) {
}
