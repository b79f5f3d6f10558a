package org.fagai.enterprise.internal;

/** 隐患: 已发现, 已下达整改通知, 企业已报整改, 已销号, 回头看后重新整改 (back to notice issued with a new deadline). */
enum HazardState {
    FOUND, NOTICE_ISSUED, RECTIFIED, CLOSED
}
