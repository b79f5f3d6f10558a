package org.fagai.project.internal;

import java.util.HashMap;
import java.util.Map;
import org.fagai.Bench;

/**
 * A poor man's profiler for the benchmarks: samples one thread's stack every few milliseconds and counts the innermost
 * application frame (org.fagai, outside the benchmark), so a figure that misses its aim shows where its time goes.
 */
final class Sampler implements AutoCloseable {

    private final Thread target = Thread.currentThread();
    private final Map<String, Integer> counts = new HashMap<>();
    private final String title;
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    Sampler(String title) {
        this.title = title;
        this.sampler = new Thread(this::run, "sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void run() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            String key = null;
            for (StackTraceElement frame : stack) {
                String c = frame.getClassName();
                if (c.startsWith("org.fagai") && !c.endsWith("Benchmark") && !c.contains("Sampler") && !c.contains("$$")) {
                    key = c.substring(c.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                    break;
                }
            }
            synchronized (counts) {
                counts.merge(key == null ? "(other)" : key, 1, Integer::sum);
                samples++;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        synchronized (counts) {
            StringBuilder top = new StringBuilder();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                    .forEach(e -> top.append(String.format(" %s %.0f%%;", e.getKey(), 100.0 * e.getValue() / samples)));
            Bench.note("profile of %s (%d samples):%s", title, samples, top);
        }
    }
}
