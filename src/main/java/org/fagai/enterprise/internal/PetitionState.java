package org.fagai.enterprise.internal;

/** 待受理, 已受理（办理中）, 不予受理, 已答复. */
enum PetitionState {
    RECEIVED, ACCEPTED, NOT_ACCEPTED, ANSWERED
}
