package org.fagai.organization.internal;

import java.security.SecureRandom;

/**
 * The random bytes that mask each page's CSRF token (Spring Security's {@code XorCsrfTokenRequestAttributeHandler}, a
 * fresh mask per rendered token), drawn from a {@link SecureRandom} of the request thread's own. The handler's default
 * is one shared instance whose {@code nextBytes} is synchronized: under the month-end load test 200 request threads
 * queued on it (JFR: ~170 waits of 20 ms or more in 5 minutes). Each thread's generator is the platform's default
 * {@code SecureRandom}, seeded by the operating system, as the shared one was.
 */
final class CsrfTokenRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(SecureRandom::new);

    @Override
    public void nextBytes(byte[] bytes) {
        perThread.get().nextBytes(bytes);
    }
}
