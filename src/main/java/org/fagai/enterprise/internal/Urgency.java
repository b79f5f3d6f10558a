package org.fagai.enterprise.internal;

/** 即办, 一般, 复杂: each has a limit in working days ({@link DemandLimits}). */
enum Urgency {
    IMMEDIATE, NORMAL, COMPLEX
}
