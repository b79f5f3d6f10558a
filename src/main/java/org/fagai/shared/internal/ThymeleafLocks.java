package org.fagai.shared.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.engine.AttributeDefinitions;
import org.thymeleaf.engine.AttributeNames;
import org.thymeleaf.engine.ElementDefinitions;
import org.thymeleaf.engine.ElementNames;

/**
 * Thymeleaf (3.1.5) guards its element and attribute name registries with <em>fair</em> read-write locks, looked up
 * for every attribute of every element it writes. Under the month-end load test (200 request threads, 2 cores) a fair
 * lock queued each new reader behind the ones already waiting, the queue never drained, and at any moment ~150 request
 * threads were parked there (JFR: 472,000 parks). The registries only ever add names, and a non-fair lock gives the
 * same exclusion without the convoy, so this swaps them before the web server takes requests (the change proposed
 * upstream: thymeleaf/thymeleaf pull request 938, "Use nonfair locks").
 */
@Component
class ThymeleafLocks implements SmartInitializingSingleton {

    private final ObjectProvider<ITemplateEngine> engines;

    ThymeleafLocks(ObjectProvider<ITemplateEngine> engines) {
        this.engines = engines;
    }

    @Override
    public void afterSingletonsInstantiated() {
        engines.orderedStream().filter(TemplateEngine.class::isInstance)
                .forEach(engine -> unfair(((TemplateEngine) engine).getConfiguration()));
        registries(AttributeNames.class, null).forEach(ThymeleafLocks::unfair);
        registries(ElementNames.class, null).forEach(ThymeleafLocks::unfair);
    }

    private static void unfair(org.thymeleaf.IEngineConfiguration configuration) {
        registries(AttributeDefinitions.class, configuration.getAttributeDefinitions()).forEach(ThymeleafLocks::unfair);
        registries(ElementDefinitions.class, configuration.getElementDefinitions()).forEach(ThymeleafLocks::unfair);
    }

    /** The registries a Thymeleaf class holds: its fields of its own nested repository types (static when owner is null). */
    static List<Object> registries(Class<?> type, Object owner) {
        List<Object> found = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.getType().getEnclosingClass() == type && Modifier.isStatic(field.getModifiers()) == (owner == null)) {
                found.add(read(field, owner));
            }
        }
        return found;
    }

    /** Replaces a registry's fair lock (and the read and write views it keeps of it) with a non-fair one. */
    static void unfair(Object registry) {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock(false);
        try {
            set(registry, "lock", lock);
            set(registry, "readLock", lock.readLock());
            set(registry, "writeLock", lock.writeLock());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Thymeleaf's registry " + registry.getClass().getName()
                    + " changed; check whether its locks are still fair and remove ThymeleafLocks if not", e);
        }
    }

    static boolean isFair(Object registry) {
        try {
            Field field = registry.getClass().getDeclaredField("lock");
            return ((ReentrantReadWriteLock) read(field, registry)).isFair();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) throws NoSuchFieldException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Field field, Object owner) {
        field.setAccessible(true);
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
