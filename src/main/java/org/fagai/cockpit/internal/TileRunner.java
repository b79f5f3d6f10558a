package org.fagai.cockpit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Computes the modules' tiles side by side on a few threads of its own, each with the requesting user and language
 * (the modules check rights and pick texts from them); one thread or fewer: one after the other on the caller's.
 * The threads are shared by every request, so the cockpit never holds more than that many database connections for
 * its tiles, and the caller holds none while it waits.
 */
final class TileRunner implements AutoCloseable {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final ExecutorService pool;

    TileRunner(int threads) {
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "cockpit-tiles-" + NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every piece of work's result, in the order given; the first failure is thrown as it was. */
    <T> List<T> all(List<Supplier<T>> work) {
        List<T> results = new ArrayList<>(work.size());
        if (pool == null) {
            work.forEach(w -> results.add(w.get()));
            return results;
        }
        SecurityContext security = SecurityContextHolder.getContext();
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        List<CompletableFuture<T>> running = work.stream()
                .map(w -> CompletableFuture.supplyAsync(() -> as(security, locale, w), pool)).toList();
        try {
            running.forEach(f -> results.add(f.join()));
        } catch (CompletionException e) {
            running.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        return results;
    }

    private static <T> T as(SecurityContext security, LocaleContext locale, Supplier<T> work) {
        SecurityContextHolder.setContext(security);
        LocaleContextHolder.setLocaleContext(locale);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
