package org.fagai.enterprise;

/** 企业规模 (大型/中型/小型/微型), as registered. */
public enum EnterpriseSize {
    LARGE, MEDIUM, SMALL, MICRO;

    public String labelKey() {
        return "enterprise.size." + name();
    }
}
